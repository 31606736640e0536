import type { SaveMeasurementRow } from '@/gql/graphql';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import { isEditable } from './measurement';

export interface BulkEntry {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Some field of the row holds text that is not a number. */
  invalid: boolean;
}

export function entryOf(m: Measurement | undefined): BulkEntry {
  return { value: m?.value ?? null, numerator: m?.numerator ?? null, denominator: m?.denominator ?? null, invalid: false };
}

function filled(indicator: ReportingIndicator, entry: BulkEntry): boolean {
  return indicator.aggregation === 'RATIO' ? entry.numerator !== null || entry.denominator !== null : entry.value !== null;
}

/**
 * The rows to send: every editable indicator the user gave a value. Breakdown and note of a
 * stored value travel along unchanged, because saving replaces them; if a changed total no
 * longer matches its breakdown, the API names that row.
 */
export function bulkRows(
  periodId: string,
  indicators: ReportingIndicator[],
  entries: Record<string, BulkEntry>,
  stored: Record<string, Measurement | undefined>,
  submit: boolean,
): { rows: SaveMeasurementRow[]; indicatorIds: string[] } {
  const rows: SaveMeasurementRow[] = [];
  const indicatorIds: string[] = [];
  for (const indicator of indicators) {
    const entry = entries[indicator.id];
    const m = stored[indicator.id];
    if (!entry || !isEditable(m) || !filled(indicator, entry)) continue;
    const ratio = indicator.aggregation === 'RATIO';
    rows.push({
      indicatorId: indicator.id,
      reportingPeriodId: periodId,
      ...(ratio ? { numerator: entry.numerator, denominator: entry.denominator } : { value: entry.value }),
      ...(m ? { version: m.version, note: m.note, parts: m.parts.map((p) => ({ categoryId: p.categoryId, value: p.value })) } : {}),
      submit,
    });
    indicatorIds.push(indicator.id);
  }
  return { rows, indicatorIds };
}
