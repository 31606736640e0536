import { Injectable } from '@nestjs/common';
import { invalid } from '../errors';
import { decodeCursor, Page, PageInput, toPage } from '../graphql/pagination';
import { AllianceContext, requireRole } from '../tenancy/alliance-context';
import { AuditEventFilter, AuditEventModel } from './audit.models';
import { AuditRepository } from './audit.repository';

/** The audit trail of one alliance, for its backbone: who changed what, when, from what to what. */
@Injectable()
export class AuditQueryService {
  constructor(private readonly repo: AuditRepository) {}

  async list(ctx: AllianceContext, filter: AuditEventFilter, page: PageInput): Promise<Page<AuditEventModel>> {
    requireRole(ctx, 'BACKBONE');
    if (filter.from && filter.to && filter.to < filter.from) throw invalid([{ field: 'filter.to', code: 'endBeforeStart' }]);
    const after = decodeCursor<[string, string]>(page.after, 2);
    if (after && !(/^\d{1,19}$/.test(String(after[0])) && /^[0-9a-f-]{36}$/i.test(String(after[1])))) {
      throw invalid([{ field: 'after', code: 'invalid' }]);
    }
    const { rows, totalCount } = await this.repo.page(ctx.em, ctx.allianceId, filter, page.first, after);
    const p = toPage(rows, page.first, totalCount, (r) => [r.cursorMicros, r.id]);
    return { ...p, nodes: p.nodes.map(({ cursorMicros: _c, ...event }) => event) };
  }
}
