import type { TFunction } from 'i18next';
import type { SaveMeasurementRow } from '@/gql/graphql';
import { fieldProblemText } from '@/lib/errors';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import { isEditable } from './measurement';
import { plausibilityProblems, type ValueProblem } from './plausibility';

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
      ...(m ? { version: m.version, note: m.note, parts: m.parts.map((p) => ({ categoryId: p.categoryId, value: p.value ?? 0 })) } : {}),
      submit,
    });
    indicatorIds.push(indicator.id);
  }
  return { rows, indicatorIds };
}

/** Rows the indicator's plausibility rules refuse, by indicator id (only rows that would be sent). */
export function rulesProblemsOf(
  indicators: ReportingIndicator[],
  entries: Record<string, BulkEntry>,
  stored: Record<string, Measurement | undefined>,
): Record<string, ValueProblem[]> {
  const found: Record<string, ValueProblem[]> = {};
  for (const indicator of indicators) {
    const entry = entries[indicator.id];
    if (!entry || !isEditable(stored[indicator.id]) || !filled(indicator, entry)) continue;
    const ratio = indicator.aggregation === 'RATIO';
    const problems = plausibilityProblems(
      indicator,
      ratio ? { value: null, numerator: entry.numerator, denominator: entry.denominator } : { value: entry.value, numerator: null, denominator: null },
    );
    if (problems.length) found[indicator.id] = problems;
  }
  return found;
}

/**
 * The words for one refused row: for an invalid field the UI knows the problem of (negative,
 * not a number, bounds, …) that problem with its bound; else the UI's text for the code, else
 * the API's message (which names e.g. the dimension whose parts do not add up).
 */
export function rowErrorText(t: TFunction, e: { code: string; message: string; fieldCode?: string | null; params?: unknown }): string {
  if (e.code === 'VALIDATION_FAILED' && e.fieldCode && t(`fieldErrors.${e.fieldCode}`, { defaultValue: '' })) {
    return fieldProblemText(t, { code: e.fieldCode, params: (e.params ?? undefined) as Record<string, number> | undefined });
  }
  return t(`errors.${e.code}`, { defaultValue: e.message });
}
