import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DomainError } from '../errors';
import { FailedLoginNotice } from './failed-login-notice';
import { bumpCounters, countChallengeFailure, Counter, deletePairCounter, liveAddressCounter, liveCounters } from './login-throttle.repository';

/**
 * Login abuse control without a lock that a stranger can trigger (OWASP ASVS 6.3 / V2.2.1 style;
 * the design and figures are in docs/security.md).
 *
 * - Per account + address ("pair"): LOGIN_FREE_FAILURES wrong passwords, then each further
 *   attempt must wait 1 s, 2 s, 4 s … (LOGIN_MAX_DELAY_SECONDS at most) after the last failure.
 *   Only the failing address waits: the owner at another address is unaffected.
 * - Per account, all addresses: at LOGIN_MAX_FAILURES_PER_ACCOUNT failures in the window the
 *   account is "under attack": a pair that failed even once waits ≥ 1 minute, doubling. An
 *   address that has not failed for this account still gets its attempt, so a correct password
 *   from the owner's own address always passes, however many strangers try.
 * - Per address, all accounts: LOGIN_MAX_FAILURES_PER_ADDRESS failures in the window and that
 *   address waits for the window to pass (credential stuffing from one place).
 *
 * Counters live in PostgreSQL (every instance sees the same numbers) and are written outside the
 * request's transaction, which a failed login rolls back. They use their own two connections: a
 * request holds one of the main pool for its transaction, and waiting for a second one from the
 * same pool deadlocks once every connection is held by a login. A row older than the window
 * restarts. Keys are SHA-256 digests (`accountKey`, `addressKey`), never an e-mail or IP address:
 * anything typed into the login form would otherwise sit in the table, an erased person's address
 * with it. (This replaced the shared `rate_limits` counters of rate-limiter-flexible, which locked
 * an account for everyone after a fixed number of failures: the lockout issue 18 removes.)
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly db: Pool;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    main: DataSource,
    private readonly notice: FailedLoginNotice,
  ) {
    const url = (main.options as { url?: string }).url;
    this.db = new Pool({ connectionString: url, max: 2, application_name: 'gemeinwerk-login-throttle', statement_timeout: 5000 });
    this.notice.attach(this.db);
    // An idle connection the server ends (a restart, or the shutdown of the embedded database)
    // must not crash the process: pg emits it on the pool, and an unhandled 'error' is fatal.
    // The next query opens a new connection.
    this.db.on('error', (e: Error & { code?: string }) => {
      // 57P01: the server shuts down (also the embedded one at our own shutdown): expected.
      const logger = new Logger('LoginThrottle');
      if (e.code === '57P01') logger.debug(`idle counter connection closed: ${e.message}`);
      else logger.warn(`idle counter connection closed: ${e.message}`);
    });
  }

  async onModuleDestroy() {
    await this.db.end();
  }

  private get windowSeconds() {
    return this.config.LOGIN_WINDOW_MINUTES * 60;
  }

  async assertAllowed(email: string, ip: string | null): Promise<void> {
    const address = addressKey(ip);
    const account = accountKey(email);
    const rows = await liveCounters(this.db, { pair: pairKey(account, address), account, address }, this.windowSeconds);
    const get = (kind: string) => rows.find((r) => r.kind === kind);
    const waits = [this.pairWait(get('pair'), get('account')), this.addressWait(get('address'))];
    const seconds = Math.max(...waits);
    if (seconds > 0) throw new DomainError('TOO_MANY_REQUESTS', { seconds });
  }

  async failed(email: string, ip: string | null): Promise<void> {
    const address = addressKey(ip);
    const counts = await this.bump([
      ['pair', pairKey(accountKey(email), address)],
      ['account', accountKey(email)],
      ['address', address],
    ]);
    // Exactly at the threshold: once per window and account, however many more failures follow.
    const account = counts.find((c) => c.kind === 'account')?.failures;
    if (account === this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT) {
      await this.notice
        .queueRepeatedFailuresMail(email, account, this.config.LOGIN_WINDOW_MINUTES)
        .catch((e) => new Logger('LoginAbuse').error(`owner notice failed: ${(e as Error).message}`));
    }
  }

  /** The owner's success clears only their own address's pair; strangers keep their delays. */
  async succeeded(email: string, ip: string | null): Promise<void> {
    await deletePairCounter(this.db, pairKey(accountKey(email), addressKey(ip)));
  }

  /**
   * For public look-ups by secret (an invitation link): no account to count against, so only the
   * address's failure budget, the same one that failed logins use.
   */
  async assertAddressAllowed(ip: string | null): Promise<void> {
    const seconds = this.addressWait(await liveAddressCounter(this.db, addressKey(ip), this.windowSeconds));
    if (seconds > 0) throw new DomainError('TOO_MANY_REQUESTS', { seconds });
  }

  async addressFailed(ip: string | null): Promise<void> {
    await this.bump([['address', addressKey(ip)]]);
  }

  /** A wrong second-factor code: counted outside the request transaction, which rolls back. */
  async challengeFailed(challengeId: string): Promise<void> {
    await countChallengeFailure(this.db, challengeId);
  }

  /** Seconds the pair must still wait; 0 when the attempt may proceed. */
  private pairWait(pair: Counter | undefined, account: Counter | undefined): number {
    if (!pair) return 0;
    const underAttack = !!account && account.failures >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT;
    const delay = loginDelaySeconds(pair.failures, underAttack, this.config);
    return remaining(pair.last_at, delay);
  }

  private addressWait(address: Counter | undefined): number {
    if (!address || address.failures < this.config.LOGIN_MAX_FAILURES_PER_ADDRESS) return 0;
    return remaining(address.last_at, this.windowSeconds);
  }

  private bump(keys: [string, string][]): Promise<{ kind: string; failures: number }[]> {
    return bumpCounters(this.db, keys, this.windowSeconds);
  }
}

/** How an account is named in `login_failures`: the SHA-256 (hex) of the trimmed, lower-case e-mail. */
export function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/** How a client address is named in `login_failures`: its SHA-256 (hex); no address known: of `unknown`. */
export function addressKey(ip: string | null): string {
  return createHash('sha256')
    .update(ip ?? 'unknown')
    .digest('hex');
}

/** An account + address pair: `<accountKey> <addressKey>`. */
export function pairKey(account: string, address: string) {
  return `${account} ${address}`;
}

function remaining(lastAt: Date, delaySeconds: number): number {
  if (delaySeconds <= 0) return 0;
  const ms = new Date(lastAt).getTime() + delaySeconds * 1000 - Date.now();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/**
 * The wait after `failures` failures of one account + address pair. Pure, so the schedule is
 * unit-tested: normal 0,0,0,1,2,4 … s; under attack 60,120,240 … s; capped at the maximum.
 */
export function loginDelaySeconds(failures: number, underAttack: boolean, c: Pick<AppConfig, 'LOGIN_FREE_FAILURES' | 'LOGIN_MAX_DELAY_SECONDS'>): number {
  if (failures <= 0) return 0;
  const raw = underAttack ? 60 * 2 ** (failures - 1) : failures <= c.LOGIN_FREE_FAILURES ? 0 : 2 ** (failures - c.LOGIN_FREE_FAILURES - 1);
  return Math.min(raw, c.LOGIN_MAX_DELAY_SECONDS);
}
