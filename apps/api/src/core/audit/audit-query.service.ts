import { requireAccess } from '../access/access';
import { Injectable } from '@nestjs/common';
import { invalid } from '../errors';
import { CURSORS } from '../graphql/cursors';
import { decodeCursor, Page, PageInput, toPage } from '../graphql/pagination';
import { AllianceContext } from '../tenancy/alliance-context';
import { AuditEventFilter, AuditEventModel, AuditFacetsModel } from './audit.models';
import { AUDIT_COUNT_CAP, AuditRepository } from './audit.repository';

/** The audit trail of one alliance, for its backbone: who changed what, when, from what to what. */
@Injectable()
export class AuditQueryService {
  constructor(private readonly repo: AuditRepository) {}

  async list(ctx: AllianceContext, filter: AuditEventFilter, page: PageInput): Promise<Page<AuditEventModel> & { totalCountCapped: boolean }> {
    await requireAccess(ctx, 'audit.read');
    if (filter.from && filter.to && filter.to < filter.from) throw invalid([{ field: 'filter.to', code: 'endBeforeStart' }]);
    const after = decodeCursor(page.after, CURSORS.auditEvents);
    const { rows, totalCount } = await this.repo.page(ctx.em, ctx.allianceId, filter, page.first, after);
    const p = toPage(rows, page.first, totalCount, CURSORS.auditEvents, (r) => [r.cursorMicros, r.id]);
    return { ...p, totalCountCapped: totalCount > AUDIT_COUNT_CAP, nodes: p.nodes.map(({ cursorMicros: _c, ...event }) => event) };
  }

  async facets(ctx: AllianceContext): Promise<AuditFacetsModel> {
    await requireAccess(ctx, 'audit.read');
    return this.repo.facets(ctx.em, ctx.allianceId);
  }
}
