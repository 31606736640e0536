import { frequencyOfKey } from '@gemeinwerk/shared';
import type { IndicatorAggregation, IndicatorDirection, RbaKind, ReportingFrequency } from '@/gql/graphql';
import type { IndicatorDetail } from '../api/get-indicator';
import type { IndicatorFields } from '../api/save-indicator';
import { plausibilityFields, plausibilityOf, plausibilityProblems, type PlausibilityProblems, type PlausibilityState } from './plausibility-state';

/** The indicator form as the user fills it in, and how it becomes what the API takes. */
export interface FormState {
  name: string;
  code: string;
  definition: string;
  unit: string;
  direction: IndicatorDirection;
  aggregation: IndicatorAggregation;
  frequency: ReportingFrequency;
  rbaKind: RbaKind;
  numeratorLabel: string;
  denominatorLabel: string;
  baselineValue: number | null;
  baselinePeriod: string;
  collectionMethod: string;
  decimals: number | null;
  plausibility: PlausibilityState;
  goalIds: string[];
  dimensionIds: string[];
}

export function initialState(indicator?: IndicatorDetail): FormState {
  return {
    name: indicator?.name ?? '',
    code: indicator?.code ?? '',
    definition: indicator?.definition ?? '',
    unit: indicator?.unit ?? '',
    direction: indicator?.direction ?? 'INCREASE',
    aggregation: indicator?.aggregation ?? 'SUM',
    frequency: indicator?.frequency ?? 'YEARLY',
    rbaKind: indicator?.rbaKind ?? 'HOW_MUCH',
    numeratorLabel: indicator?.numeratorLabel ?? '',
    denominatorLabel: indicator?.denominatorLabel ?? '',
    baselineValue: indicator?.baselineValue ?? null,
    baselinePeriod: indicator?.baselinePeriod ?? '',
    collectionMethod: indicator?.collectionMethod ?? '',
    decimals: indicator?.decimals ?? 0,
    plausibility: plausibilityOf(indicator),
    goalIds: indicator?.goals.map((g) => g.id) ?? [],
    dimensionIds: indicator?.dimensions.map((d) => d.id) ?? [],
  };
}

/** What the API receives: optional texts left empty are sent as null so that an edit can clear them. */
export function toFields(s: FormState): IndicatorFields {
  const text = (v: string) => (v.trim() ? v.trim() : null);
  const ratio = s.aggregation === 'RATIO';
  return {
    name: s.name.trim(),
    code: text(s.code),
    definition: s.definition.trim(),
    unit: s.unit.trim(),
    direction: s.direction,
    aggregation: s.aggregation,
    frequency: s.frequency,
    rbaKind: s.rbaKind,
    numeratorLabel: ratio ? text(s.numeratorLabel) : null,
    denominatorLabel: ratio ? text(s.denominatorLabel) : null,
    baselineValue: s.baselineValue,
    baselinePeriod: s.baselineValue === null ? null : text(s.baselinePeriod),
    collectionMethod: s.collectionMethod.trim(),
    decimals: s.decimals ?? 0,
    ...plausibilityFields(s.plausibility),
  };
}

const FIELD_KEYS = Object.keys(toFields(initialState())) as (keyof IndicatorFields)[];
export type Compared = keyof IndicatorFields | 'goalIds' | 'dimensionIds';

export function sameSet(a: string[], b: string[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** The fields (as the API takes them) that differ between two states of the form. */
export function changedFields(before: FormState, after: FormState): Partial<IndicatorFields> {
  const a = toFields(before);
  const b = toFields(after);
  return Object.fromEntries(FIELD_KEYS.filter((key) => a[key] !== b[key]).map((key) => [key, b[key]])) as Partial<IndicatorFields>;
}

/** Which parts differ between two states, goals and dimensions included; for the conflict dialog. */
export function differences(before: FormState, after: FormState): Compared[] {
  const keys: Compared[] = Object.keys(changedFields(before, after)) as Compared[];
  if (!sameSet(before.goalIds, after.goalIds)) keys.push('goalIds');
  if (!sameSet(before.dimensionIds, after.dimensionIds)) keys.push('dimensionIds');
  return keys;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The form's own checks before sending (the API checks again): problems by field, and the plausibility rules' problems. */
export function formProblems(t: Translate, state: FormState): { problems: Partial<Record<keyof FormState, string>>; ruleProblems: PlausibilityProblems } {
  const found: Partial<Record<keyof FormState, string>> = {};
  if (!state.name.trim()) found.name = t('fieldErrors.required');
  // Values without a unit cannot be compared; the API allows it, the form asks for one.
  if (!state.unit.trim()) found.unit = t('fieldErrors.required');
  if (state.aggregation === 'RATIO') {
    if (!state.numeratorLabel.trim()) found.numeratorLabel = t('indicators.form.ratioLabelRequired');
    if (!state.denominatorLabel.trim()) found.denominatorLabel = t('indicators.form.ratioLabelRequired');
  }
  if (state.baselineValue !== null && state.baselinePeriod.trim() && frequencyOfKey(state.baselinePeriod.trim()) !== state.frequency)
    found.baselinePeriod = t('indicators.form.baselinePeriodInvalid', { example: t(`indicators.periodFormats.${state.frequency}`) });
  if (state.decimals !== null && (state.decimals < 0 || state.decimals > 4 || !Number.isInteger(state.decimals)))
    found.decimals = t('indicators.form.decimalsInvalid');
  return { problems: found, ruleProblems: plausibilityProblems(t, state.plausibility) };
}
