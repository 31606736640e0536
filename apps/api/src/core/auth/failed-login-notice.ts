import { Injectable, Logger } from '@nestjs/common';

/**
 * Issue 18, item 4: "an e-mail to the account owner after repeated failures". This is the one
 * place where that mail is to be queued. The mail outbox is being built elsewhere and does not
 * exist yet, so no mail is sent: the hook only writes a warning (without the address) so that an
 * operator sees an account under attack.
 *
 * LoginThrottle calls it once per window per account, when the account's failures reach
 * LOGIN_MAX_FAILURES_PER_ACCOUNT (the moment it switches to "under attack"). When the outbox
 * lands, queue the mail here: only for an existing, not disabled account (the e-mail may be any
 * string a stranger typed), in the owner's locale, saying how many failures in how many minutes
 * and that the password was NOT the way in; never include the tried passwords or addresses.
 * A failure here must not change the login's answer (the caller swallows errors).
 */
@Injectable()
export class FailedLoginNotice {
  private readonly logger = new Logger('LoginAbuse');

  async queueRepeatedFailuresMail(email: string, failures: number, windowMinutes: number): Promise<void> {
    void email; // for the outbox: the mail's recipient (look the account up first)
    this.logger.warn(`an account reached ${failures} failed logins within ${windowMinutes} minutes; owner mail not sent (no mail outbox yet)`);
  }
}
