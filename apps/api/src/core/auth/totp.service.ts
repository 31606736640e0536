import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Secret, TOTP } from 'otpauth';
import type { EntityManager } from 'typeorm';
import { renderSVG } from 'uqr';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { UserRow } from '../accounts/accounts.repository';
import { DomainError } from '../errors';
import { sha256 } from './sessions.service';
import { TotpCrypto } from './totp-crypto';
import {
  advanceTotpStep,
  deleteChallenge,
  deleteRecoveryCodes,
  disableTotp,
  enableTotp,
  findLiveChallenge,
  insertChallenge,
  insertRecoveryCode,
  storeTotpSecret,
  unusedRecoveryCodes,
  useRecoveryCode,
} from './totp.repository';

export const RECOVERY_CODE_COUNT = 10;
/** The password step is valid this long; then the login starts again. */
export const CHALLENGE_MINUTES = 5;
/** Wrong codes per challenge; then the password is needed again (and counts as a failure). */
export const CHALLENGE_MAX_ATTEMPTS = 5;
const PERIOD = 30;

/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30 s — what every authenticator app reads) with otpauth,
 * plus one-time recovery codes. A code is accepted for the current step ±1 and at most once
 * (`users.totp_last_step`), so an observed code cannot be replayed.
 */
@Injectable()
export class TotpService {
  private readonly crypto: TotpCrypto;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.crypto = new TotpCrypto(config);
  }

  /** A new (unconfirmed) secret replaces any earlier unconfirmed one; a live factor stays. */
  async start(em: EntityManager, user: UserRow) {
    if (user.totp_enabled_at) throw new DomainError('TWO_FACTOR_ALREADY_ENABLED');
    const secret = new Secret({ size: 20 });
    await storeTotpSecret(em, user.id, this.crypto.encrypt(secret.base32));
    const uri = this.totp(user.email, secret).toString();
    return { secret: secret.base32, otpauthUri: uri, qrSvg: renderSVG(uri, { border: 2 }) };
  }

  /** The first good code switches the factor on and hands out the recovery codes (shown once). */
  async confirm(em: EntityManager, user: UserRow, code: string): Promise<string[]> {
    if (user.totp_enabled_at) throw new DomainError('TWO_FACTOR_ALREADY_ENABLED');
    if (!user.totp_secret) throw new DomainError('TWO_FACTOR_NOT_STARTED');
    if (!(await this.acceptTotp(em, user, code))) throw new DomainError('TWO_FACTOR_CODE_INVALID');
    await enableTotp(em, user.id);
    return this.newRecoveryCodes(em, user.id);
  }

  async disable(em: EntityManager, user: UserRow, code: string): Promise<void> {
    if (!user.totp_enabled_at) throw new DomainError('TWO_FACTOR_NOT_ENABLED');
    if (!(await this.verify(em, user, code))) throw new DomainError('TWO_FACTOR_CODE_INVALID');
    await disableTotp(em, user.id);
  }

  async status(em: EntityManager, user: UserRow) {
    const left = await unusedRecoveryCodes(em, user.id);
    return { enabled: !!user.totp_enabled_at, recoveryCodesLeft: user.totp_enabled_at ? left : 0 };
  }

  /** A TOTP code (6 digits) or an unused recovery code, which is then used up. */
  async verify(em: EntityManager, user: UserRow, code: string): Promise<boolean> {
    const c = code.replace(/\s/g, '');
    if (/^\d{6}$/.test(c)) return this.acceptTotp(em, user, c);
    const normal = normaliseRecoveryCode(c);
    if (!normal) return false;
    return useRecoveryCode(em, user.id, sha256(normal));
  }

  // ── password → code step ──────────────────────────────────────────────────

  async createChallenge(em: EntityManager, userId: string, mode: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await insertChallenge(em, { id: randomUUID(), userId, tokenHash: sha256(token), mode, minutes: CHALLENGE_MINUTES });
    return token;
  }

  /**
   * The challenge's user and mode, or TWO_FACTOR_CHALLENGE_INVALID (unknown, expired, or
   * CHALLENGE_MAX_ATTEMPTS wrong codes, counted by LoginThrottle outside the rolled-back request).
   */
  async findChallenge(em: EntityManager, token: string): Promise<{ id: string; user_id: string; mode: string; attempts: number }> {
    const row = token.length <= 100 ? await findLiveChallenge(em, sha256(token)) : undefined;
    if (!row || row.attempts >= CHALLENGE_MAX_ATTEMPTS) throw new DomainError('TWO_FACTOR_CHALLENGE_INVALID');
    return row;
  }

  /** The challenge is spent once its code step succeeds. */
  async spendChallenge(em: EntityManager, id: string): Promise<void> {
    await deleteChallenge(em, id);
  }

  // ── internals ─────────────────────────────────────────────────────────────

  private totp(email: string, secret: Secret) {
    return new TOTP({ issuer: 'Gemeinwerk', label: email, algorithm: 'SHA1', digits: 6, period: PERIOD, secret });
  }

  private async acceptTotp(em: EntityManager, user: UserRow, code: string): Promise<boolean> {
    if (!user.totp_secret || !/^\d{6}$/.test(code)) return false;
    const secret = Secret.fromBase32(this.crypto.decrypt(user.totp_secret));
    const delta = this.totp(user.email, secret).validate({ token: code, window: 1 });
    if (delta === null) return false;
    const step = Math.floor(Date.now() / 1000 / PERIOD) + delta;
    // Atomic: of two requests with the same code only one moves the step.
    return advanceTotpStep(em, user.id, step);
  }

  private async newRecoveryCodes(em: EntityManager, userId: string): Promise<string[]> {
    await deleteRecoveryCodes(em, userId);
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => formatRecoveryCode(randomBytes(10)));
    for (const code of codes) {
      await insertRecoveryCode(em, randomUUID(), userId, sha256(normaliseRecoveryCode(code)!));
    }
    return codes;
  }
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 10 characters from an unambiguous alphabet (≈ 49 bits), shown as xxxxx-xxxxx. */
function formatRecoveryCode(bytes: Buffer): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += ALPHABET[bytes[i] % ALPHABET.length];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

export function normaliseRecoveryCode(code: string): string | null {
  const c = code.toLowerCase().replace(/[\s-]/g, '');
  return /^[a-z0-9]{10}$/.test(c) ? c : null;
}
