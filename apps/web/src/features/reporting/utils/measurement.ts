import type { Measurement } from '../api/get-measurements';

/** The later of two copies of the same value (a mutation's answer can be newer than the cached list). */
export function newer(a: Measurement | undefined, b: Measurement | undefined): Measurement | undefined {
  if (!a) return b;
  if (!b || b.id !== a.id) return a;
  return b.version > a.version ? b : a;
}

export function isEditable(measurement: Pick<Measurement, 'status'> | undefined): boolean {
  return !measurement || measurement.status === 'DRAFT' || measurement.status === 'REJECTED';
}

/** A value returned by the backbone (rejected, or reopened as a draft with a reason) is handed in again. */
export function isResubmission(measurement: Pick<Measurement, 'status' | 'rejectionReason'> | undefined): boolean {
  return Boolean(measurement && (measurement.status === 'REJECTED' || (measurement.status === 'DRAFT' && measurement.rejectionReason)));
}

/**
 * Whether the reporting organisation may declare or remove overlaps: like the value itself, only
 * while it is a stored DRAFT or REJECTED with a number (the API measures the amount against it).
 * The backbone may do so at any time, but not from this form.
 */
export function overlapsEditable(
  measurement: Pick<Measurement, 'status' | 'value'> | undefined,
): measurement is Pick<Measurement, 'status' | 'value'> & { value: number } {
  return Boolean(measurement && measurement.value !== null && measurement.value !== undefined && isEditable(measurement));
}
