import { may, requireAccess } from '../../core/access/access';
import { notFound } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import type { MeasurementState } from './measurements.repository';

/**
 * A measurement the caller wants to change, by the one rule `measurement.write` (core/access:
 * the backbone every member's, a partner its own organisation's). What the caller is told when
 * the value is not theirs depends on what they can see: another member's value they may read
 * (APPROVED) is FORBIDDEN (OWN_ORGANISATION), one they may not even see is NOT_FOUND.
 */
export async function writableMeasurement(ctx: AllianceContext, m: MeasurementState | undefined): Promise<MeasurementState> {
  if (!m) throw notFound('Measurement');
  const owner = { owner: m.membershipId };
  if (m.status !== 'APPROVED' && !may(ctx, 'measurement.readUnapproved', owner)) throw notFound('Measurement');
  await requireAccess(ctx, 'measurement.write', owner);
  return m;
}
