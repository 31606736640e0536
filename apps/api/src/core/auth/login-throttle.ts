import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DomainError } from '../errors';

/**
 * Counts failed logins per account and per address (credential stuffing tries many accounts
 * from one address, or one account from many). Over the limit, even the right password is
 * refused until the window passes; a success clears the account's count.
 */
@Injectable()
export class LoginThrottle {
  private readonly byAccount: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const duration = config.LOGIN_WINDOW_MINUTES * 60;
    this.byAccount = new RateLimiterMemory({ keyPrefix: 'login-account', points: config.LOGIN_MAX_FAILURES_PER_ACCOUNT, duration });
    this.byAddress = new RateLimiterMemory({ keyPrefix: 'login-address', points: config.LOGIN_MAX_FAILURES_PER_ADDRESS, duration });
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
