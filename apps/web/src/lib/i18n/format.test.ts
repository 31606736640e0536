import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatIndicatorValue, formatNumber, formatPercent, parseDate, parseNumber } from './format';

describe('formatNumber', () => {
  it('groups thousands and uses the decimal comma in German', () => {
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
    expect(formatNumber(1234567.891, 'de')).toBe('1.234.567,89');
    expect(formatNumber(-0.5, 'de')).toBe('-0,5');
  });

  it('uses English separators in English', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('respects fraction digits and units', () => {
    expect(formatNumber(2, 'de', { minimumFractionDigits: 1 })).toBe('2,0');
    expect(formatNumber(12.5, 'de', { unit: '%' })).toBe('12,5\u00a0%');
  });

  it('shows a dash for missing values', () => {
    expect(formatNumber(null, 'de')).toBe('–');
    expect(formatNumber(undefined, 'en')).toBe('–');
    expect(formatNumber(Number.NaN, 'de')).toBe('–');
  });

  it('formats percentages per locale', () => {
    expect(formatPercent(0.25, 'de')).toBe('25\u00a0%');
    expect(formatPercent(0.25, 'en')).toBe('25%');
  });
});

describe('formatDate', () => {
  it('formats calendar days as DD.MM.YYYY in German without time-zone shifts', () => {
    expect(formatDate('2026-12-31', 'de')).toBe('31.12.2026');
    expect(formatDate('2026-01-01', 'de', 'America/Los_Angeles')).toBe('01.01.2026');
  });

  it('formats calendar days as DD/MM/YYYY in English', () => {
    expect(formatDate('2026-12-31', 'en')).toBe('31/12/2026');
  });

  it('formats timestamps in the given time zone', () => {
    expect(formatDate('2026-12-31T23:30:00Z', 'de', 'Europe/Berlin')).toBe('01.01.2027');
    expect(formatDateTime('2026-03-05T13:05:00Z', 'de', 'Europe/Berlin')).toBe('05.03.2026, 14:05');
  });

  it('shows a dash for empty or invalid input', () => {
    expect(formatDate(null, 'de')).toBe('–');
    expect(formatDate('', 'de')).toBe('–');
    expect(formatDate('not a date', 'de')).toBe('–');
  });
});

describe('parseNumber', () => {
  it('reads German input', () => {
    expect(parseNumber('1.234,5', 'de')).toBe(1234.5);
    expect(parseNumber('1234,5', 'de')).toBe(1234.5);
    expect(parseNumber('1.234.567', 'de')).toBe(1234567);
    expect(parseNumber(' 42 ', 'de')).toBe(42);
    expect(parseNumber('-0,75', 'de')).toBe(-0.75);
    expect(parseNumber('\u22123', 'de')).toBe(-3);
    expect(parseNumber(',5', 'de')).toBe(0.5);
    expect(parseNumber('1\u00a0234,5', 'de')).toBe(1234.5);
  });

  it('reads English input', () => {
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumber('1234.5', 'en')).toBe(1234.5);
  });

  it('rejects what is not a number in that locale instead of guessing', () => {
    expect(parseNumber('', 'de')).toBeNull();
    expect(parseNumber('abc', 'de')).toBeNull();
    expect(parseNumber('1.5', 'de')).toBeNull();
    expect(parseNumber('1,2,3', 'de')).toBeNull();
    expect(parseNumber('12.34,5', 'de')).toBeNull();
    expect(parseNumber('1,5', 'en')).toBeNull();
    expect(parseNumber('-', 'de')).toBeNull();
    expect(parseNumber('1e5', 'de')).toBeNull();
  });

  it('round-trips what formatNumber produces', () => {
    for (const value of [0, 1, -12.25, 1234.5, 987654.32]) {
      expect(parseNumber(formatNumber(value, 'de'), 'de')).toBe(value);
      expect(parseNumber(formatNumber(value, 'en'), 'en')).toBe(value);
    }
  });
});

describe('parseDate', () => {
  it('reads German, English and ISO days', () => {
    expect(parseDate('31.12.2026', 'de')).toBe('2026-12-31');
    expect(parseDate(' 1.3.2026 ', 'de')).toBe('2026-03-01');
    expect(parseDate('31/12/2026', 'en')).toBe('2026-12-31');
    expect(parseDate('2026-12-31', 'de')).toBe('2026-12-31');
  });

  it('rejects days that do not exist and the other language’s form', () => {
    expect(parseDate('31.02.2026', 'de')).toBeNull();
    expect(parseDate('31/12/2026', 'de')).toBeNull();
    expect(parseDate('12.31.2026', 'de')).toBeNull();
    expect(parseDate('morgen', 'de')).toBeNull();
    expect(parseDate('', 'de')).toBeNull();
  });
});

describe('formatIndicatorValue: the one way an indicator value reads', () => {
  it('shows a ratio as a percentage with at most one decimal, whatever its unit says', () => {
    expect(formatIndicatorValue(0.67, 'de', { aggregation: 'RATIO', decimals: 2, unit: 'Anteil' })).toBe('67\u00a0%');
    expect(formatIndicatorValue(0.7894, 'de', { aggregation: 'RATIO', decimals: 2, unit: 'Anteil' })).toBe('78,9\u00a0%');
    expect(formatIndicatorValue(0.75, 'en', { aggregation: 'RATIO', decimals: 1, unit: '%' })).toBe('75%');
  });

  it('shows other values with exactly the indicator decimals and its unit', () => {
    expect(formatIndicatorValue(10, 'de', { aggregation: 'AVERAGE', decimals: 1, unit: 'Kinder' })).toBe('10,0\u00a0Kinder');
    expect(formatIndicatorValue(1234.56, 'de', { aggregation: 'SUM', decimals: 0, unit: 'Kinder' })).toBe('1.235\u00a0Kinder');
    expect(formatIndicatorValue(3, 'en', { aggregation: 'SUM', decimals: 0, unit: 'people' }, false)).toBe('3');
    expect(formatIndicatorValue(null, 'de', { aggregation: 'SUM', decimals: 0, unit: 'Kinder' })).toBe('–');
  });
});

describe('texts with a name that ends in a full stop', () => {
  it('read "e.V." once, not "e.V..", and keep an ellipsis', async () => {
    const { collapseDoubleStops, i18n } = await import('./index');
    expect(collapseDoubleStops('Freigegeben: Jugendtreff Oststadt e.V..')).toBe('Freigegeben: Jugendtreff Oststadt e.V.');
    expect(collapseDoubleStops('Zurückgewiesen: Lesestart e.V.. Die Organisation sieht es.')).toBe('Zurückgewiesen: Lesestart e.V. Die Organisation sieht es.');
    expect(collapseDoubleStops('Wird geladen...')).toBe('Wird geladen...');
    expect(i18n.t('reporting.review.done.approve', { subject: 'Kinder, Jugendtreff Oststadt e.V.', lng: 'de' })).toBe(
      'Freigegeben: Kinder, Jugendtreff Oststadt e.V.',
    );
  });
});
