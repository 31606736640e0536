import { requireAccess } from '../../core/access/access';
import { Injectable } from '@nestjs/common';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceArchive, buildArchive, Query } from './archive.repository';

@Injectable()
export class PortabilityService {
  /** Backbone only: the alliance's whole data as one archive (see archive.repository.ts for what is in it). */
  async exportAlliance(ctx: AllianceContext): Promise<AllianceArchive> {
    await requireAccess(ctx, 'portability.export');
    // Runs in the request's transaction as the app role: row-level security already limits
    // every tenant table to this alliance, so the archive cannot leak another one's rows.
    const query: Query = (sql, params) => ctx.em.query(sql, params);
    return buildArchive(query, ctx.allianceId);
  }
}
