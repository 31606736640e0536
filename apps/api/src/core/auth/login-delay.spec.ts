import { loginDelaySeconds } from './login-throttle';

const c = { LOGIN_FREE_FAILURES: 3, LOGIN_MAX_DELAY_SECONDS: 900 };

describe('loginDelaySeconds', () => {
  it('grants the free failures, then doubles from one second up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((f) => loginDelaySeconds(f, false, c))).toEqual([0, 0, 0, 0, 1, 2, 4, 64]);
    expect(loginDelaySeconds(40, false, c)).toBe(900);
  });

  it('under attack gives no free failure and starts at a minute', () => {
    expect([0, 1, 2, 3, 5].map((f) => loginDelaySeconds(f, true, c))).toEqual([0, 60, 120, 240, 900]);
  });
});
