import { Injectable } from '@nestjs/common';
import { invalid } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { requireAccess } from '../../core/access/access';
import { ActivityMap } from './activity-map.models';
import { ActivityMapRepository } from './activity-map.repository';
import { isIsoDate } from './iso-date';

@Injectable()
export class ActivityMapService {
  constructor(private readonly map: ActivityMapRepository) {}

  /** The goals × members map as of a date (today in Germany by default), with its gaps and overlaps. */
  async get(ctx: AllianceContext, asOf?: string | null): Promise<ActivityMap> {
    await requireAccess(ctx, 'activity.read');
    if (asOf != null && !isIsoDate(asOf)) throw invalid([{ field: 'asOf', code: 'invalid' }]);
    const date = asOf ?? (await this.map.today(ctx.em));
    // One connection per transaction: these run one after another either way.
    const goals = await this.map.goals(ctx.em, ctx.allianceId);
    const members = await this.map.members(ctx.em, ctx.allianceId);
    const cells = await this.map.cells(ctx.em, ctx.allianceId, date);
    const gaps = await this.map.gaps(ctx.em, ctx.allianceId, date);
    const overlaps = await this.map.overlaps(ctx.em, ctx.allianceId);
    return { asOf: date, goals, members, cells, gaps, overlaps };
  }
}
