import { coarserPeriodKey, isPeriodKey, nextPeriodKey, periodKeyOf, periodKeysBetween, periodRange } from './periods';

describe('period arithmetic', () => {
  it('names the period containing a date', () => {
    expect(periodKeyOf('YEARLY', '2026-11-22')).toBe('2026');
    expect(periodKeyOf('QUARTERLY', '2026-11-22')).toBe('2026-Q4');
    expect(periodKeyOf('QUARTERLY', '2026-01-01')).toBe('2026-Q1');
    expect(periodKeyOf('MONTHLY', '2026-02-28')).toBe('2026-02');
  });

  it('gives the date range of a key, leap years included', () => {
    expect(periodRange('2024-02')).toEqual({ key: '2024-02', frequency: 'MONTHLY', startsOn: '2024-02-01', endsOn: '2024-02-29' });
    expect(periodRange('2026-Q2')).toMatchObject({ startsOn: '2026-04-01', endsOn: '2026-06-30' });
    expect(periodRange('2026')).toMatchObject({ startsOn: '2026-01-01', endsOn: '2026-12-31' });
    expect(() => periodRange('2026-13')).toThrow();
  });

  it('steps across year boundaries both ways', () => {
    expect(nextPeriodKey('2026-12')).toBe('2027-01');
    expect(nextPeriodKey('2026-Q4')).toBe('2027-Q1');
    expect(nextPeriodKey('2026-Q1', -1)).toBe('2025-Q4');
    expect(nextPeriodKey('2026-01', -13)).toBe('2024-12');
    expect(periodKeysBetween('2025-Q3', '2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('validates keys per frequency and maps finer keys to coarser ones', () => {
    expect(isPeriodKey('QUARTERLY', '2026-Q4')).toBe(true);
    expect(isPeriodKey('QUARTERLY', '2026-Q5')).toBe(false);
    expect(isPeriodKey('MONTHLY', '2026-00')).toBe(false);
    expect(coarserPeriodKey('2026-08', 'QUARTERLY')).toBe('2026-Q3');
    expect(coarserPeriodKey('2026-Q3', 'YEARLY')).toBe('2026');
  });
});
