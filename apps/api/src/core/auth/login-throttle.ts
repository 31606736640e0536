import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DomainError } from '../errors';

/** The counters' keys: a digest, so the table holds no e-mail or IP address. */
const digest = (value: string) => createHash('sha256').update(value.trim().toLowerCase()).digest('hex');

/**
 * Counts failed logins per account and per address (credential stuffing tries many accounts
 * from one address, or one account from many). Over the limit, even the right password is
 * refused until the window passes; a success clears the account's count. The counters live in
 * PostgreSQL (`rate_limits`), so all instances of the app share one budget; expired rows are
 * deleted by the hourly SessionCleanup.
 */
@Injectable()
export class LoginThrottle {
  private readonly byAccount: Limiter;
  private readonly byAddress: Limiter;

  constructor(@Inject(APP_CONFIG) config: AppConfig, db: DataSource) {
    const duration = config.LOGIN_WINDOW_MINUTES * 60;
    const store = { storeClient: db, storeType: 'typeorm', tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: false, duration };
    this.byAccount = new Limiter(new RateLimiterPostgres({ ...store, keyPrefix: 'login-account', points: config.LOGIN_MAX_FAILURES_PER_ACCOUNT }));
    this.byAddress = new Limiter(new RateLimiterPostgres({ ...store, keyPrefix: 'login-address', points: config.LOGIN_MAX_FAILURES_PER_ADDRESS }));
  }

  async assertAllowed(email: string, ip: string | null): Promise<void> {
    const [account, address] = await Promise.all([this.byAccount.get(email), ip ? this.byAddress.get(ip) : null]);
    const blocked = [account, address].filter((r): r is RateLimiterRes => !!r && r.remainingPoints <= 0);
    if (blocked.length) {
      const seconds = Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000);
      throw new DomainError('TOO_MANY_REQUESTS', { seconds });
    }
  }

  async failed(email: string, ip: string | null): Promise<void> {
    await Promise.all([this.byAccount.penalty(email, 1), ip ? this.byAddress.penalty(ip, 1) : undefined]);
  }

  async succeeded(email: string): Promise<void> {
    await this.byAccount.delete(email);
  }

  /**
   * For public look-ups by secret (an invitation link): no account to count against, so only the
   * address's failure budget, the same one that failed logins use.
   */
  async assertAddressAllowed(ip: string | null): Promise<void> {
    const address = ip ? await this.byAddress.get(ip) : null;
    if (address && address.remainingPoints <= 0) throw new DomainError('TOO_MANY_REQUESTS', { seconds: Math.ceil(address.msBeforeNext / 1000) });
  }

  async addressFailed(ip: string | null): Promise<void> {
    if (ip) await this.byAddress.penalty(ip, 1);
  }
}

/** The three calls LoginThrottle makes, with the key digested first. */
class Limiter {
  constructor(private readonly store: RateLimiterPostgres) {}
  get(key: string): Promise<RateLimiterRes | null> {
    return this.store.get(digest(key));
  }
  penalty(key: string, points: number): Promise<RateLimiterRes> {
    return this.store.penalty(digest(key), points);
  }
  delete(key: string): Promise<boolean> {
    return this.store.delete(digest(key));
  }
}
