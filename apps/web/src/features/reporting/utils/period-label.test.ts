import { describe, expect, it } from 'vitest';
import { formatPeriodKey } from '@/components/charts/period-label';
import { i18n } from '@/lib/i18n';
import { periodLabel } from './period-label';

describe('periodLabel', () => {
  it('is the one period format of the app: the same text as everywhere else, long; charts alone use the short form', () => {
    const de = i18n.getFixedT('de');
    expect(periodLabel('2026-Q3', de, 'de')).toBe('Q3 2026');
    expect(periodLabel('2026-11', de, 'de')).toBe('November 2026');
    expect(periodLabel('2026', de, 'de')).toBe('2026');
    for (const key of ['2026-Q3', '2026-11', '2026']) expect(periodLabel(key, de, 'de')).toBe(formatPeriodKey(key, 'de'));
    expect(formatPeriodKey('2026-Q3', 'de', { short: true })).toBe('Q3 26');
    expect(formatPeriodKey('2026-10', 'de', { short: true })).toBe('Okt. 26');
    const en = i18n.getFixedT('en');
    expect(periodLabel('2026-Q3', en, 'en')).toBe('Q3 2026');
    expect(periodLabel('2026-10', en, 'en')).toBe('October 2026');
  });
});
