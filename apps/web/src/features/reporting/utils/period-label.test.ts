import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { periodLabel } from './period-label';

describe('periodLabel', () => {
  it('spells out quarters and writes months and years as the charts do', () => {
    const de = i18n.getFixedT('de');
    expect(periodLabel('2026-Q3', de, 'de')).toBe('3. Quartal 2026');
    expect(periodLabel('2026-11', de, 'de')).toBe('November 2026');
    expect(periodLabel('2026', de, 'de')).toBe('2026');
    const en = i18n.getFixedT('en');
    expect(periodLabel('2026-Q3', en, 'en')).toBe('Q3 2026');
    expect(periodLabel('2026-10', en, 'en')).toBe('October 2026');
  });
});
