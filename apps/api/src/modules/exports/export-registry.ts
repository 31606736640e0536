import { Injectable } from '@nestjs/common';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import type { Bilingual, ExportSheet } from './export-writer';

/** Narrowing arguments a download may carry (`?indicatorId=…`), checked by the controller. */
export interface ExportQuery {
  indicatorId?: string;
  reportingPeriodId?: string;
  /** Period keys (dashboard chart range), e.g. 2024 … 2026. */
  from?: string;
  to?: string;
  /** ISO date the activity map refers to. */
  asOf?: string;
}

/**
 * One downloadable list. `load` reads through the same service the screen's GraphQL query uses,
 * with the caller's context, so an export shows exactly what that role sees on screen: the
 * service's own access check refuses (FORBIDDEN) or narrows the rows (approved only, none).
 */
export interface ExportList {
  /** URL segment: /api/alliances/:allianceId/exports/<key>.csv */
  key: string;
  /** The GraphQL query whose data this is: an API token may export it when it may call that query. */
  operation: string;
  title: Bilingual;
  /** Part of the whole-alliance workbook (left out there when the role may not read it). */
  inWorkbook: boolean;
  load(ctx: AllianceContext, query: ExportQuery): Promise<ExportSheet>;
}

/**
 * The lists the export endpoints offer. Each owning area registers its lists once (at start-up,
 * from a provider's constructor); the controller and the workbook find them here, so a new list
 * needs no change in this module.
 */
@Injectable()
export class ExportRegistry {
  private readonly lists = new Map<string, ExportList>();

  register(...lists: ExportList[]): void {
    for (const list of lists) {
      if (this.lists.has(list.key)) throw new Error(`export list "${list.key}" registered twice`);
      this.lists.set(list.key, list);
    }
  }

  get(key: string): ExportList | undefined {
    return this.lists.get(key);
  }

  all(): ExportList[] {
    return [...this.lists.values()];
  }
}
