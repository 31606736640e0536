import { describe, expect, it } from 'vitest';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import type { ReportingPeriod } from '../api/get-open-periods';
import { kinder, measurement, monthly, paten, period2023, periodOct } from '../components/fixtures.test-data';
import { dueGroups, recentlyReviewed } from './due';
import { partsProblems } from './parts';

const periods = [periodOct, period2023] as ReportingPeriod[];
const indicators = [paten, monthly, kinder] as ReportingIndicator[];

describe('dueGroups', () => {
  it('pairs each open period with the indicators of its frequency, nearest deadline first, and marks overdue work', () => {
    const values = [measurement({ status: 'SUBMITTED' }), measurement({ id: 'ms-2', indicatorId: paten.id, status: 'REJECTED' })] as Measurement[];
    const groups = dueGroups(periods, indicators, values, '2026-12-06');

    expect(groups.map((g) => g.period.periodKey)).toEqual(['2023', '2026-10']);
    const [yearly, october] = groups;
    expect(yearly!.items.map((i) => [i.indicator.name, i.state, i.overdue])).toEqual([
      ['Kinder in Leseförderung', 'SUBMITTED', false],
      ['Lernpatenschaften', 'REJECTED', true],
    ]);
    expect(yearly!.open).toBe(1);
    expect(october!.items.map((i) => [i.indicator.name, i.state, i.overdue])).toEqual([['Beratungen', 'NOT_STARTED', false]]);
  });

  it('leaves out closed periods and periods without indicators', () => {
    expect(dueGroups([{ ...period2023, state: 'CLOSED' }] as ReportingPeriod[], indicators, [], '2026-12-06')).toEqual([]);
    expect(dueGroups(periods, [monthly] as ReportingIndicator[], [], '2026-12-06').map((g) => g.period.id)).toEqual([periodOct.id]);
  });
});

describe('recentlyReviewed', () => {
  it('keeps decided values, newest decision first', () => {
    const list = [
      measurement({ id: 'a', status: 'APPROVED', reviewedAt: '2026-11-01T00:00:00Z' }),
      measurement({ id: 'b', status: 'DRAFT', reviewedAt: null }),
      measurement({ id: 'c', status: 'REJECTED', reviewedAt: '2026-11-03T00:00:00Z' }),
    ] as Measurement[];
    expect(recentlyReviewed(list).map((m) => m.id)).toEqual(['c', 'a']);
  });
});

describe('partsProblems', () => {
  it('requires the parts of a SUM to add up, but accepts an empty dimension and other aggregations', () => {
    expect(partsProblems(kinder as ReportingIndicator, 30, { 'c-w': 10, 'c-m': 15 })).toEqual([{ dimensionName: 'Geschlecht', sum: 25, total: 30 }]);
    expect(partsProblems(kinder as ReportingIndicator, 0.3, { 'c-w': 0.1, 'c-m': 0.2 })).toEqual([]);
    expect(partsProblems(kinder as ReportingIndicator, 30, {})).toEqual([]);
    expect(partsProblems({ ...(kinder as ReportingIndicator), aggregation: 'AVERAGE' }, 30, { 'c-w': 1 })).toEqual([]);
  });
});
