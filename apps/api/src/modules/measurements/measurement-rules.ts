import type { AggregationName, MeasurementStatusName, MembershipRoleName } from '@gemeinwerk/shared';
import { DomainError, FieldProblem, invalid } from '../../core/errors';
import { formatNumber, translate, type Locale } from '../../core/i18n/messages';
import type { MeasurementFields } from './measurements.inputs';
import type { MeasurementState, MeasurementValues } from './measurements.repository';

/** Roles whose organisations report values (funders and observers never do). */
export const REPORTING_ROLES: MembershipRoleName[] = ['PARTNER', 'BACKBONE'];

/** Parts of a SUM may differ from the total by this much (relative to the total, at least absolute): decimals in binary floating point. */
const EPSILON = 1e-9;

/**
 * Only numbers where numbers are meant: RATIO indicators take numerator (≥ 0) and denominator
 * (> 0) and compute the value; all others take the value and nothing else. Every problem is
 * reported at once.
 */
export function checkNumbers(aggregation: AggregationName, input: Pick<MeasurementFields, 'value' | 'numerator' | 'denominator' | 'note'>): MeasurementValues {
  const problems: FieldProblem[] = [];
  const given = (v: number | null | undefined): v is number => v !== null && v !== undefined;
  const number = (field: string, v: number | null | undefined, rule?: 'positive' | 'nonNegative') => {
    if (!given(v)) return problems.push({ field, code: 'required' });
    if (typeof v !== 'number' || !Number.isFinite(v)) return problems.push({ field, code: 'notFinite' });
    if (rule === 'positive' && v <= 0) problems.push({ field, code: 'mustBePositive' });
    if (rule === 'nonNegative' && v < 0) problems.push({ field, code: 'mustNotBeNegative' });
  };
  const absent = (field: string, v: number | null | undefined) => given(v) && problems.push({ field, code: 'notExpected' });

  if (aggregation === 'RATIO') {
    absent('value', input.value);
    number('numerator', input.numerator, 'nonNegative');
    number('denominator', input.denominator, 'positive');
  } else {
    number('value', input.value);
    absent('numerator', input.numerator);
    absent('denominator', input.denominator);
  }
  if (problems.length) throw invalid(problems);
  const ratio = aggregation === 'RATIO';
  return {
    value: ratio ? null : input.value!,
    numerator: ratio ? input.numerator! : null,
    denominator: ratio ? input.denominator! : null,
    note: input.note?.trim() ?? '',
  };
}

/** Parts are finite and name each category once. */
export function checkPartShapes(parts: { categoryId: string; value: number }[]): void {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  parts.forEach((p, i) => {
    if (seen.has(p.categoryId)) problems.push({ field: `parts.${i}.categoryId`, code: 'duplicate' });
    seen.add(p.categoryId);
    if (typeof p.value !== 'number' || !Number.isFinite(p.value)) problems.push({ field: `parts.${i}.value`, code: 'notFinite' });
  });
  if (problems.length) throw invalid(problems);
}

/**
 * For SUM indicators the parts of each dimension a partner breaks down must add up to the total
 * (a dimension left out entirely is fine). Other aggregations carry parts as given.
 */
export function checkPartsAddUp(
  aggregation: AggregationName,
  total: number | null,
  parts: { categoryId: string; value: number }[],
  dimensionOf: Map<string, { dimensionId: string; dimensionName: string }>,
): void {
  if (aggregation !== 'SUM' || total === null) return;
  const sums = new Map<string, { name: string; sum: number }>();
  for (const p of parts) {
    const d = dimensionOf.get(p.categoryId)!;
    const s = sums.get(d.dimensionId) ?? { name: d.dimensionName, sum: 0 };
    s.sum += p.value;
    sums.set(d.dimensionId, s);
  }
  const wrong = [...sums.values()].sort((a, b) => a.name.localeCompare(b.name)).find((s) => Math.abs(s.sum - total) > EPSILON * Math.max(1, Math.abs(total)));
  if (wrong) {
    throw new DomainError('PARTS_DO_NOT_ADD_UP', { dimension: wrong.name, sum: Number(wrong.sum.toPrecision(12)), total }, [
      { field: 'parts', code: 'invalid' },
    ]);
  }
}

/** The version the client holds must be current; checked before the status so that a stale client is told to reload. */
export function assertVersion(m: MeasurementState, version: number): void {
  if (m.version !== version) throw new DomainError('CONFLICT', { entity: 'Measurement' });
}

export function assertStatus(m: MeasurementState, allowed: MeasurementStatusName[], to: MeasurementStatusName): void {
  if (!allowed.includes(m.status)) throw new DomainError('INVALID_TRANSITION', { from: m.status, to });
}

export function assertPeriodOpen(m: Pick<MeasurementState, 'periodState' | 'periodKey'>): void {
  if (m.periodState !== 'OPEN') throw new DomainError('REPORTING_PERIOD_CLOSED', { periodKey: m.periodKey }, [{ field: 'reportingPeriodId', code: 'invalid' }]);
}

/** Values (and their overlaps) stay editable only while DRAFT or REJECTED in an open period. */
export function assertEditable(m: MeasurementState): void {
  if (m.status === 'SUBMITTED' || m.status === 'APPROVED') throw new DomainError('MEASUREMENT_LOCKED', { status: m.status });
  assertPeriodOpen(m);
}

// ── plausibility per indicator ──

/** What an indicator allows its values to be (columns of `indicators`, set by the backbone). */
export interface PlausibilityRules {
  aggregation: AggregationName;
  allowNegative: boolean;
  integerOnly: boolean;
  minValue: number | null;
  maxValue: number | null;
  allowRatioAboveOne: boolean;
  jumpWarningShare: number | null;
}

/** The defaults of a new indicator: non-negative, decimals allowed, no bounds, ratio at most 1, no jump warning. */
export const DEFAULT_PLAUSIBILITY: Omit<PlausibilityRules, 'aggregation'> = {
  allowNegative: false,
  integerOnly: false,
  minValue: null,
  maxValue: null,
  allowRatioAboveOne: false,
  jumpWarningShare: null,
};

const isWhole = (v: number) => Math.abs(v - Math.round(v)) <= EPSILON * Math.max(1, Math.abs(v));

/**
 * Values no indicator with these rules can have, one problem per field (the first rule it breaks),
 * each carrying the bound it broke so the message can name it. Runs after checkNumbers (the
 * numbers are finite, a RATIO's numerator ≥ 0 and denominator > 0). For RATIO the bounds apply to
 * the computed share and are reported on `numerator`; values with too many decimals are refused,
 * never rounded (a silently changed number is worse than a question).
 */
export function plausibilityProblems(
  rules: PlausibilityRules,
  values: Pick<MeasurementValues, 'value' | 'numerator' | 'denominator'>,
  parts: { value: number }[] = [],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const bounds = (field: string, v: number): FieldProblem | undefined => {
    if (rules.minValue !== null && v < rules.minValue - EPSILON * Math.max(1, Math.abs(rules.minValue)))
      return { field, code: 'belowMin', params: { min: rules.minValue } };
    if (rules.maxValue !== null && v > rules.maxValue + EPSILON * Math.max(1, Math.abs(rules.maxValue)))
      return { field, code: 'aboveMax', params: { max: rules.maxValue } };
    return undefined;
  };
  const plain = (field: string, v: number, withBounds: boolean): FieldProblem | undefined => {
    if (!rules.allowNegative && v < 0) return { field, code: 'mustNotBeNegative' };
    if (rules.integerOnly && !isWhole(v)) return { field, code: 'notInteger' };
    return withBounds ? bounds(field, v) : undefined;
  };
  const push = (p: FieldProblem | undefined) => p && problems.push(p);

  if (rules.aggregation === 'RATIO' && values.numerator !== null && values.denominator !== null) {
    const { numerator, denominator } = values;
    if (rules.integerOnly && !isWhole(numerator)) push({ field: 'numerator', code: 'notInteger' });
    else if (!rules.allowRatioAboveOne && numerator > denominator) push({ field: 'numerator', code: 'numeratorAboveDenominator', params: { denominator } });
    else push(bounds('numerator', numerator / denominator));
    if (rules.integerOnly && !isWhole(denominator)) push({ field: 'denominator', code: 'notInteger' });
  } else if (values.value !== null) {
    push(plain('value', values.value, true));
  }
  // Parts are pieces of the value: the same sign and wholeness, but no bounds (a part is smaller than the total).
  parts.forEach((p, i) => push(plain(`parts.${i}.value`, p.value, false)));
  return problems;
}

/** A value the reporter should look at again; saving succeeds regardless. */
export interface ValueWarning {
  code: 'valueJump';
  field: 'value' | 'numerator';
  previousPeriodKey: string;
  previousValue: number;
  value: number;
  /** |value − previous| / |previous|, e.g. 1.8 for 180 %. */
  change: number;
}

/**
 * The relative change from the same member's value of the previous period when it is larger than
 * the indicator's `jumpWarningShare`, else null. A previous value of 0 has no relative change: no
 * warning (any value would be an "infinite" jump).
 */
export function jumpWarning(
  rules: Pick<PlausibilityRules, 'aggregation' | 'jumpWarningShare'>,
  previous: { periodKey: string; value: number | null } | undefined,
  value: number | null,
): ValueWarning | null {
  if (rules.jumpWarningShare === null || !previous || previous.value === null || value === null || previous.value === 0) return null;
  const change = Math.abs(value - previous.value) / Math.abs(previous.value);
  if (change <= rules.jumpWarningShare + EPSILON) return null;
  return {
    code: 'valueJump',
    field: rules.aggregation === 'RATIO' ? 'numerator' : 'value',
    previousPeriodKey: previous.periodKey,
    previousValue: previous.value,
    value,
    change: Number(change.toPrecision(12)),
  };
}

/** The warning as the API sends it: with a message in the caller's language. */
export function describeWarning(locale: Locale, w: ValueWarning) {
  const message = translate(locale, `warning.${w.code}`, {
    percent: formatNumber(locale, Math.round(w.change * 100)),
    previous: formatNumber(locale, w.previousValue),
    value: formatNumber(locale, w.value),
  });
  return { ...w, message };
}
