import { describe, expect, it } from 'vitest';
import { chartRange, examplePeriodKey, periodKeysOfYears, targetFrequencies } from './periods';

describe('targetFrequencies', () => {
  it('allows the indicator’s own frequency and coarser ones only', () => {
    expect(targetFrequencies('MONTHLY')).toEqual(['MONTHLY', 'QUARTERLY', 'YEARLY']);
    expect(targetFrequencies('QUARTERLY')).toEqual(['QUARTERLY', 'YEARLY']);
    expect(targetFrequencies('YEARLY')).toEqual(['YEARLY']);
  });
});

describe('periodKeysOfYears', () => {
  it('lists the keys of whole years', () => {
    expect(periodKeysOfYears('YEARLY', 2027, 2029)).toEqual(['2027', '2028', '2029']);
    expect(periodKeysOfYears('QUARTERLY', 2027, 2027)).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
    const months = periodKeysOfYears('MONTHLY', 2027, 2028);
    expect(months).toHaveLength(24);
    expect([months[0], months[23]]).toEqual(['2027-01', '2028-12']);
  });
});

describe('chartRange and examplePeriodKey', () => {
  it('spans whole years up to the current one', () => {
    expect(chartRange(new Date('2026-12-06T10:00:00Z'), 3)).toEqual({ from: '2024', to: '2026' });
  });

  it('shows a key of the chosen frequency', () => {
    expect(examplePeriodKey('QUARTERLY', 2028)).toBe('2028-Q1');
    expect(examplePeriodKey('MONTHLY', 2028)).toBe('2028-03');
  });
});
