import { describe, expect, it } from 'vitest';
import type { CompletenessRow } from '../api/get-reporting-completeness';
import { completenessMatrix, daysBetween, localToday } from './completeness';

const row = (indicatorId: string, membershipId: string, status: CompletenessRow['status']): CompletenessRow => ({
  indicatorId,
  indicatorName: `Indikator ${indicatorId}`,
  membershipId,
  organisationName: `Org ${membershipId}`,
  status,
});

describe('completenessMatrix', () => {
  it('puts members with most outstanding reports first, then most awaiting review, then by name', () => {
    const m = completenessMatrix(
      [
        row('i1', 'b', 'APPROVED'),
        row('i1', 'a', 'SUBMITTED'),
        row('i1', 'c', 'MISSING'),
        row('i2', 'b', 'APPROVED'),
        row('i2', 'a', 'APPROVED'),
        row('i2', 'c', 'REJECTED'),
        row('i2', 'd', 'DRAFT'),
      ],
      'de',
    );
    expect(m.indicators.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(m.members.map((x) => [x.membershipId, x.outstanding, x.awaitingReview, x.approved])).toEqual([
      ['c', 2, 0, 0],
      ['d', 1, 0, 0],
      ['a', 0, 1, 1],
      ['b', 0, 0, 2],
    ]);
    expect(m.members[1]!.cells).toEqual({ i2: 'DRAFT' }); // not expected for i1
  });
});

describe('days', () => {
  it('counts calendar days across months and years', () => {
    expect(daysBetween('2026-11-14', '2026-12-07')).toBe(23);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-01-14', '2026-12-07')).toBe(-38);
    expect(localToday(new Date(2026, 11, 7, 23, 59))).toBe('2026-12-07');
  });
});
