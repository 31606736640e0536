import { Injectable } from '@nestjs/common';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { PlanningRepository } from './planning.repository';
import { PortalAccess } from './portal.access';
import type { PortalPlanningCell, PortalPlanningModel } from './portal.models';
import { median } from './portal.rules';

const perThousand = (n: number, population: number | null | undefined) =>
  population && population > 0 ? Math.round((n / population) * 1000 * 100) / 100 : null;

/**
 * "Auswertung für die Planung": publicly visible offers per target group × district, per 1,000
 * inhabitants where the portal holds population figures (of the target group where given, else of
 * the district), next to the alliance's activities for the same cell (the activity map's count).
 * The grid is complete (zeros included), so gaps show as cells, not as missing rows.
 */
@Injectable()
export class PlanningService {
  constructor(
    private readonly repo: PlanningRepository,
    private readonly access: PortalAccess,
  ) {}

  async planning(ctx: AllianceContext): Promise<PortalPlanningModel> {
    await this.access.requireEditor(ctx);
    const [districts, found] = await Promise.all([this.repo.districts(ctx.em, ctx.allianceId), this.repo.cells(ctx.em, ctx.allianceId)]);
    const targetGroups = [...new Set(found.map((c) => c.targetGroup))].sort((a, b) => a.localeCompare(b, 'de'));
    const byKey = new Map(found.map((c) => [`${c.districtId ?? ''}|${c.targetGroup}`, c]));
    const cells: PortalPlanningCell[] = [];
    for (const d of districts)
      for (const tg of targetGroups) {
        const c = byKey.get(`${d.id}|${tg}`);
        const offers = c?.offers ?? 0;
        cells.push({
          districtId: d.id,
          targetGroup: tg,
          offers,
          activities: c?.activities ?? 0,
          perThousand: perThousand(offers, d.byTargetGroup[tg] ?? d.population),
        });
      }
    // Offers without a district (online, city-wide) are listed too, outside the grid's median.
    for (const c of found.filter((x) => x.districtId === null)) cells.push({ ...c, perThousand: null });
    return {
      districts: districts.map((d) => ({
        id: d.id,
        name: d.name,
        population: d.population,
        offers: d.offers,
        perThousand: perThousand(d.offers, d.population),
        hasShape: d.hasShape,
      })),
      targetGroups,
      cells,
      medianOffers: median(cells.filter((c) => c.districtId !== null).map((c) => c.offers)),
    };
  }
}
