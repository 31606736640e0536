import { requireAccess } from '../../core/access/access';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { invalid, notFound } from '../../core/errors';
import type { AuthUser, RequestScope } from '../../core/request-context';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { organisationToActFor } from '../../core/accounts/account-steps';
import { AccountsRepository } from '../../core/accounts/accounts.repository';
import { MembersRepository } from '../members/members.repository';
import { AllianceModel, CreateAllianceInput, UpdateAllianceProfileInput } from './alliances.models';
import { AllianceProfile, AlliancesRepository } from './alliances.repository';
import { isHexColour, logoProblem, logoSummary, periodProblems } from './profile.rules';

@Injectable()
export class AlliancesService {
  constructor(
    private readonly alliances: AlliancesRepository,
    private readonly members: MembersRepository,
    private readonly accounts: AccountsRepository,
    private readonly tenancy: TenancyService,
    private readonly audit: AuditService,
  ) {}

  /** Alliances where the caller's organisation is an active member; the read list is their own seats. */
  async listMine(scope: RequestScope, user: AuthUser): Promise<AllianceModel[]> {
    const ids = await this.tenancy.activeAllianceIdsOf(scope.em, user.id);
    if (!ids.length) return [];
    return this.alliances.listWithMySeat(scope.em, user.id);
  }

  async get(ctx: AllianceContext): Promise<AllianceModel> {
    const alliance = await this.alliances.getWithMySeat(ctx.em, ctx.allianceId, ctx.userId);
    if (!alliance) throw notFound('Alliance');
    return alliance;
  }

  /** A new alliance: the creator's organisation becomes its backbone, the creator its first admin seat. */
  async create(scope: RequestScope, user: AuthUser, input: CreateAllianceInput): Promise<AllianceModel> {
    const organisation = await organisationToActFor(this.accounts, scope.em, user.id, input.organisationId);
    if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart) {
      throw invalid([{ field: 'periodEnd', code: 'invalid' }]);
    }

    const allianceId = randomUUID();
    await this.tenancy.setAlliance(scope.em, allianceId);
    await this.alliances.insert(scope.em, {
      id: allianceId,
      name: input.name.trim(),
      kind: input.kind,
      problemStatement: input.problemStatement ?? '',
      vision: input.vision ?? '',
      periodStart: input.periodStart ?? null,
      periodEnd: input.periodEnd ?? null,
    });
    const membershipId = await this.members.insert(scope.em, { allianceId, organisationId: organisation.id, role: 'BACKBONE', state: 'ACTIVE' });
    await this.members.insertSeat(scope.em, { allianceId, membershipId, userId: user.id, isAdmin: true });
    await this.audit.record(
      { allianceId, userId: user.id, em: scope.em },
      {
        action: 'alliance.created',
        entityType: 'Alliance',
        entityId: allianceId,
        after: { name: input.name, kind: input.kind, backbone: organisation.id },
      },
    );
    return (await this.alliances.getWithMySeat(scope.em, allianceId, user.id))!;
  }

  /**
   * The backbone edits the alliance's profile. Only the fields given change; the checks look at
   * the profile as it will be (a new end is compared with the stored start and vice versa).
   */
  async updateProfile(ctx: AllianceContext, input: UpdateAllianceProfileInput): Promise<AllianceModel> {
    await requireAccess(ctx, 'alliance.update');
    const before = await this.alliances.profile(ctx.em, ctx.allianceId);
    if (!before) throw notFound('Alliance');
    const { allianceId: _a, version, ...given } = input;
    const patch: Partial<AllianceProfile> = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    // Who must have a second factor is an admin's decision, like seats and roles.
    if (patch.requireTwoFactorForAdmins !== undefined) await requireAccess(ctx, 'alliance.twoFactorPolicy');
    if (typeof patch.name === 'string') patch.name = patch.name.trim();
    if (typeof patch.primaryColor === 'string') patch.primaryColor = patch.primaryColor.toLowerCase();

    const problems = [
      ...(patch.name !== undefined && patch.name.length < 2 ? [{ field: 'name', code: 'tooShort' }] : []),
      ...(patch.primaryColor && !isHexColour(patch.primaryColor) ? [{ field: 'primaryColor', code: 'hexColour' }] : []),
      ...(patch.logoDataUrl ? [logoProblem(patch.logoDataUrl)].filter((p) => !!p) : []),
      ...periodProblems(
        patch.periodStart !== undefined ? patch.periodStart : before.periodStart,
        patch.periodEnd !== undefined ? patch.periodEnd : before.periodEnd,
      ),
    ];
    if (problems.length) throw invalid(problems);

    const after = await this.alliances.updateProfile(ctx.em, ctx.allianceId, version, patch);
    const changed = (Object.keys(patch) as (keyof AllianceProfile)[]).filter((k) => before[k] !== after[k]);
    const audited = (p: AllianceProfile) =>
      Object.fromEntries([...changed.map((k) => [k, k === 'logoDataUrl' ? logoSummary(p.logoDataUrl) : p[k]]), ['version', p.version]]);
    await this.audit.record(ctx, {
      action: 'alliance.profileUpdated',
      entityType: 'Alliance',
      entityId: ctx.allianceId,
      before: audited(before),
      after: audited(after),
    });
    return this.get(ctx);
  }
}
