import type { AggregationName, MeasurementStatusName, MembershipRoleName } from '@gemeinwerk/shared';
import { DomainError, FieldProblem, forbidden, invalid, notFound } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
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
  const wrong = [...sums.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .find((s) => Math.abs(s.sum - total) > EPSILON * Math.max(1, Math.abs(total)));
  if (wrong) {
    throw new DomainError('PARTS_DO_NOT_ADD_UP', { dimension: wrong.name, sum: Number(wrong.sum.toPrecision(12)), total }, [{ field: 'parts', code: 'invalid' }]);
  }
}

/**
 * A measurement the caller wants to change. Partners reach only their own organisation's: another
 * member's value they may read (APPROVED) is FORBIDDEN, one they may not even see is NOT_FOUND.
 */
export function assertOwnOrBackbone(ctx: AllianceContext, m: MeasurementState | undefined): asserts m is MeasurementState {
  if (!m) throw notFound('Measurement');
  if (ctx.role === 'BACKBONE' || m.membershipId === ctx.membershipId) return;
  if (m.status === 'APPROVED') throw forbidden('OWN_ORGANISATION');
  throw notFound('Measurement');
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
