import {
  coarserPeriodKey,
  frequencyOfKey,
  isDateTimeInRange,
  isIsoDate,
  isPeriodKey,
  nextPeriodKey,
  periodKeyOf,
  periodKeysBetween,
  periodRange,
} from './periods';

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

  it('accepts only years 1900–2200 in keys and dates', () => {
    expect(isPeriodKey('YEARLY', '0000')).toBe(false);
    expect(isPeriodKey('MONTHLY', '9999-12')).toBe(false);
    expect(isPeriodKey('YEARLY', '1900')).toBe(true);
    expect(isPeriodKey('QUARTERLY', '2200-Q4')).toBe(true);
    expect(isPeriodKey('YEARLY', '2201')).toBe(false);
    expect(frequencyOfKey('0000')).toBeUndefined();
    expect(() => periodRange('0000')).toThrow();
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('2200-12-31')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate(20260101)).toBe(false);
    expect(isDateTimeInRange(new Date('+275760-09-13T00:00:00Z'))).toBe(false);
    expect(isDateTimeInRange(new Date('2026-12-07T10:00:00Z'))).toBe(true);
    expect(isDateTimeInRange(new Date('nope'))).toBe(false);
  });
});
