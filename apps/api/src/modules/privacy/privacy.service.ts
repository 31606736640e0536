import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { SESSION_COOKIE } from '../../core/auth/auth.constants';
import { accountKey, LoginThrottle } from '../../core/auth/login-throttle';
import { verifyPassword } from '../../core/auth/password';
import { DomainError, invalid } from '../../core/errors';
import type { AuthUser, RequestScope } from '../../core/request-context';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { AccountsRepository } from '../../core/accounts/accounts.repository';
import { ERASE_CONFIRMATIONS, EraseMyAccountInput } from './privacy.models';
import { PrivacyRepository } from './privacy.repository';

/** Stored as the name of an erased account; the UI shows it translated. */
export const ERASED_NAME = 'Gelöschte Person';
export const erasedEmail = (userId: string) => `erased-${userId}@invalid`;
/** Not an argon2 hash: verification fails for every password. */
const UNUSABLE_PASSWORD_HASH = '!erased';

@Injectable()
export class PrivacyService {
  constructor(
    private readonly privacy: PrivacyRepository,
    private readonly accounts: AccountsRepository,
    private readonly tenancy: TenancyService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * The right of access: everything stored about the caller. Alliance data is read through the
   * designed read list — the alliances where the caller holds a seat — never around row-level
   * security, so nothing from an alliance they do not belong to can appear.
   */
  async export(scope: RequestScope, user: AuthUser): Promise<Record<string, unknown>> {
    const em = scope.em;
    const allianceIds = await this.privacy.seatAllianceIds(em, user.id);
    await this.tenancy.setReadableAlliances(em, allianceIds);
    const account = (await this.privacy.account(em, user.id))!;
    return {
      exportedAt: new Date().toISOString(),
      account,
      organisations: await this.privacy.organisations(em, user.id),
      seats: await this.privacy.seats(em, user.id),
      sessions: await this.privacy.sessions(em, user.id),
      invitationsToMe: await this.privacy.invitations(em, account.email as string, allianceIds, user.id),
      authored: await this.privacy.authored(em, user.id, allianceIds),
      notifications: await this.privacy.notifications(em, user.id, allianceIds),
      notificationChoices: await this.privacy.notificationChoices(em, user.id),
      participation: await this.privacy.participation(em, account.email as string, allianceIds),
    };
  }

  /**
   * The right to erasure. The person disappears; the alliance's records stay whole: rows and
   * ids are kept, authorship points at the tombstone user row (now a pseudonym), and their
   * e-mail and name are scrubbed from invitations and audit payloads. Refused while they are
   * the only admin of a backbone that others still depend on.
   */
  async erase(scope: RequestScope, user: AuthUser, input: EraseMyAccountInput): Promise<boolean> {
    if (!ERASE_CONFIRMATIONS.includes(input.confirm.trim())) throw invalid([{ field: 'confirm', code: 'confirm' }]);
    const em = scope.em;
    const row = (await this.accounts.findUser(em, user.id))!;
    await this.throttle.assertAllowed(row.email, scope.meta.ip);
    if (!(await verifyPassword(row.password_hash, input.password))) {
      await this.throttle.failed(row.email, scope.meta.ip);
      throw new DomainError('INVALID_CREDENTIALS');
    }

    const current = await this.privacy.seatAllianceIds(em, user.id);
    await this.tenancy.setReadableAlliances(em, current);
    const blocked = await this.privacy.soleBackboneAdminOf(em, user.id, current);
    if (blocked.length) throw new DomainError('SOLE_BACKBONE_ADMIN', { alliance: blocked[0].name });
    await this.tenancy.setReadableAlliances(em, []);

    const pseudonym = erasedEmail(user.id);
    for (const allianceId of await this.privacy.everSeatAllianceIds(em, user.id)) {
      // Writes need the alliance entered, one at a time, like any other write.
      await this.tenancy.setAlliance(em, allianceId);
      await this.eraseInAlliance(scope, allianceId, user.id, row.email, pseudonym);
    }
    await this.tenancy.setAlliance(em, null);

    await this.privacy.eraseAccount(em, {
      userId: user.id,
      email: row.email,
      accountKey: accountKey(row.email),
      pseudonym,
      erasedName: ERASED_NAME,
      passwordHash: UNUSABLE_PASSWORD_HASH,
    });
    if (user.via === 'cookie') scope.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  private async eraseInAlliance(scope: RequestScope, allianceId: string, userId: string, email: string, pseudonym: string) {
    const em = scope.em;
    await this.privacy.eraseInAlliance(em, allianceId, userId, email, pseudonym);
    await this.audit.record({ allianceId, userId, em }, { action: 'account.erased', entityType: 'User', entityId: userId });
  }
}
