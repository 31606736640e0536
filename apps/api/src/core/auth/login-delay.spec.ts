import { translate } from '../i18n/messages';
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

describe('the wait in the message', () => {
  it('reads right for one second and for many, in German and English', () => {
    expect(translate('de', 'TOO_MANY_REQUESTS', { seconds: 1 })).toBe('Zu viele Versuche. Bitte warten Sie eine Sekunde.');
    expect(translate('de', 'TOO_MANY_REQUESTS', { seconds: 59 })).toBe('Zu viele Versuche. Bitte warten Sie 59 Sekunden.');
    expect(translate('en', 'TOO_MANY_REQUESTS', { seconds: 1 })).toBe('Too many attempts. Please wait one second.');
    expect(translate('en', 'TOO_MANY_REQUESTS', { seconds: 2 })).toBe('Too many attempts. Please wait 2 seconds.');
  });
});
