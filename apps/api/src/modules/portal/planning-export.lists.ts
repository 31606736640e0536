import { Injectable } from '@nestjs/common';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { ExportRegistry } from '../exports/export-registry';
import type { Bilingual, ExportSheet } from '../exports/export-writer';
import { PlanningService } from './planning.service';
import { supplyOf } from './portal.rules';

const SUPPLY: Record<'GAP' | 'OVER', Bilingual> = { GAP: { de: 'Lücke', en: 'Gap' }, OVER: { de: 'Überangebot', en: 'Over-supply' } };
const NO_DISTRICT: Bilingual = { de: 'Ohne Stadtteil', en: 'No district' };

interface PlanningRow {
  district: string | null;
  population: number | null;
  targetGroup: string;
  offers: number;
  perThousand: number | null;
  activities: number;
  supply: 'GAP' | 'OVER' | null;
}

/**
 * "Auswertung für die Planung" as a file (issue 13, 5): one row per district × target group, as
 * the planning screen's matrix shows it (offers, per 1,000 inhabitants, the alliance's activities,
 * gap or over-supply against the median), read through the screen's own service. Not a sheet of
 * the whole-alliance workbook: that one holds the workspace's lists; this is the portal's evaluation.
 */
@Injectable()
export class PlanningExportLists {
  constructor(
    registry: ExportRegistry,
    private readonly planning: PlanningService,
  ) {
    registry.register({
      key: 'portal-planning',
      operation: 'portalPlanning',
      title: { de: 'Planung Angebote', en: 'Planning offers' },
      inWorkbook: false,
      load: (ctx) => this.sheet(ctx),
    });
  }

  private async sheet(ctx: AllianceContext): Promise<ExportSheet<PlanningRow>> {
    const p = await this.planning.planning(ctx);
    const districts = new Map(p.districts.map((d) => [d.id, d]));
    const rows: PlanningRow[] = p.cells.map((c) => {
      const d = c.districtId ? districts.get(c.districtId) : undefined;
      return {
        district: d?.name ?? null,
        population: d?.population ?? null,
        targetGroup: c.targetGroup,
        offers: c.offers,
        perThousand: c.perThousand,
        activities: c.activities,
        supply: c.districtId ? supplyOf(c.offers, p.medianOffers) : null,
      };
    });
    return {
      title: { de: 'Planung Angebote', en: 'Planning offers' },
      rows,
      columns: [
        { header: { de: 'Stadtteil', en: 'District' }, kind: 'text', width: 24, value: (r, l) => r.district ?? NO_DISTRICT[l] },
        { header: { de: 'Einwohner', en: 'Population' }, kind: 'integer', value: (r) => r.population },
        { header: { de: 'Zielgruppe', en: 'Target group' }, kind: 'text', width: 24, value: (r) => r.targetGroup },
        { header: { de: 'Angebote', en: 'Offers' }, kind: 'integer', value: (r) => r.offers },
        { header: { de: 'Angebote je 1.000 Einwohner', en: 'Offers per 1,000 inhabitants' }, kind: 'number', decimals: 2, value: (r) => r.perThousand },
        { header: { de: 'Aktivitäten des Bündnisses', en: 'Activities of the alliance' }, kind: 'integer', value: (r) => r.activities },
        { header: { de: 'Versorgung', en: 'Supply' }, kind: 'text', value: (r, l) => (r.supply ? SUPPLY[r.supply][l] : '') },
      ],
    };
  }
}
