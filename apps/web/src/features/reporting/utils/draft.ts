import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import { partsInput, type PartValues } from './parts';

/** One value as the measurement form holds it while the reporter types. */
export interface Draft {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  parts: PartValues;
  note: string;
}

/** The form's start: the stored value, or an empty form. */
export function draftOf(m: Measurement | undefined): Draft {
  return {
    value: m?.value ?? null,
    numerator: m?.numerator ?? null,
    denominator: m?.denominator ?? null,
    parts: Object.fromEntries((m?.parts ?? []).map((p) => [p.categoryId, p.value ?? null])),
    note: m?.note ?? '',
  };
}

/** What the form holds, as the save mutation takes it: a ratio sends numerator and denominator, others the value. */
export function draftPayload(
  indicator: Pick<ReportingIndicator, 'id' | 'aggregation' | 'dimensions'>,
  reportingPeriodId: string,
  draft: Draft,
  submit: boolean,
  version: number | undefined,
) {
  return {
    indicatorId: indicator.id,
    reportingPeriodId,
    ...(indicator.aggregation === 'RATIO' ? { numerator: draft.numerator, denominator: draft.denominator } : { value: draft.value }),
    parts: indicator.dimensions.length > 0 ? partsInput(draft.parts) : undefined,
    note: draft.note.trim(),
    version,
    submit,
  };
}
