import { requireAccess } from '../../core/access/access';
import { Injectable } from '@nestjs/common';
import type { AuthUser, RequestScope } from '../../core/request-context';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { AgreementRepository } from '../agenda/agreement.repository';
import { HealthRepository } from './health.repository';
import { PortfolioRepository } from './portfolio.repository';
import { AllianceHealthModel, PortfolioAllianceModel } from './reports.models';

/** Section 5 (backbone support) and the funders' view across alliances. Aggregation happens in SQL. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly health: HealthRepository,
    private readonly portfolio: PortfolioRepository,
    private readonly agreement: AgreementRepository,
    private readonly tenancy: TenancyService,
  ) {}

  /** Backbone only: member-level and workflow figures (missing reports, silent members) are the backbone's to follow up. */
  async allianceHealth(ctx: AllianceContext): Promise<AllianceHealthModel> {
    await requireAccess(ctx, 'report.read');
    const row = await this.health.health(ctx.em, ctx.allianceId);
    const current = await this.agreement.current(ctx.em, ctx.allianceId);
    const unsignedMembers = current ? await this.agreement.unsignedMembers(ctx.em, ctx.allianceId, current.id) : [];
    return { ...row, unsignedAgreement: { currentVersionNumber: current?.number ?? null, unsignedMembers } };
  }

  /**
   * The alliances the caller's organisation funds. The read list first covers the caller's own
   * active alliances (to find the FUNDER memberships among them), then is narrowed to exactly the
   * funded ones before any indicator or measurement is read: an alliance where the caller is
   * partner, backbone or observer never enters the portfolio. No alliance is entered, so
   * nothing can be written. A fixed number of statements, whatever the number of alliances.
   */
  async fundingPortfolio(scope: RequestScope, user: AuthUser): Promise<PortfolioAllianceModel[]> {
    const mine = await this.tenancy.activeAllianceIdsOf(scope.em, user.id);
    const funded = mine.length ? await this.portfolio.fundedAllianceIds(scope.em, user.id) : [];
    await this.tenancy.setReadableAlliances(scope.em, funded);
    if (!funded.length) return [];
    return this.portfolio.portfolio(scope.em, funded);
  }
}
