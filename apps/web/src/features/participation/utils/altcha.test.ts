import { describe, expect, it } from 'vitest';
import { altchaPayload, solveChallenge, webCryptoDigest } from './altcha';

describe('ALTCHA solve', () => {
  it('finds the number whose SHA-256 with the salt is the challenge, and packs the payload', async () => {
    const salt = 'abc123?expires=1';
    const challenge = await webCryptoDigest('SHA-256', `${salt}42`);
    const c = { algorithm: 'SHA-256', challenge, salt, signature: 'sig', maxnumber: 100 };
    expect(await solveChallenge(c)).toBe(42);
    expect(JSON.parse(atob(altchaPayload(c, 42, 7)))).toEqual({ algorithm: 'SHA-256', challenge, number: 42, salt, signature: 'sig', took: 7 });
  });

  it('gives up past maxnumber', async () => {
    const challenge = await webCryptoDigest('SHA-256', 'salt50');
    expect(await solveChallenge({ algorithm: 'SHA-256', challenge, salt: 'salt', signature: 's', maxnumber: 10 })).toBeNull();
  });
});
