import { describe, expect, it } from 'vitest';
import { ageRange, apiParams, hasFilters, withFilter } from './search-params';

describe('portal search parameters', () => {
  it('passes only the known filters, trimmed, to the API', () => {
    const p = apiParams(new URLSearchParams('q=%20Kurs%20&district=abc&utm_source=x&page=2&cost='));
    expect(p.toString()).toBe('q=Kurs&district=abc&page=2');
    expect(apiParams(new URLSearchParams('q=a&page=3'), false).toString()).toBe('q=a');
  });

  it('goes back to the first page when a filter changes, and removes empty filters', () => {
    const next = withFilter(new URLSearchParams('q=a&page=3&cost=FREE'), 'cost', '');
    expect(next.toString()).toBe('q=a');
    expect(withFilter(new URLSearchParams('q=a'), 'page', '2').toString()).toBe('q=a&page=2');
  });

  it('knows whether any filter besides the words is set', () => {
    expect(hasFilters(new URLSearchParams('q=a'))).toBe(false);
    expect(hasFilters(new URLSearchParams('q=a&language=tr'))).toBe(true);
  });

  it('writes age ranges', () => {
    const t = (key: string, o?: Record<string, unknown>) => `${key}:${JSON.stringify(o)}`;
    expect(ageRange(null, null, t)).toBeNull();
    expect(ageRange(6, 12, t)).toBe('portal-public.ages:{"min":6,"max":12}');
    expect(ageRange(16, null, t)).toBe('portal-public.agesFrom:{"min":16}');
  });
});
