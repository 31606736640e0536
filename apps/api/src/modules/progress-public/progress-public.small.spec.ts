import { etagOf, matchesEtag, pageLocale, periodLabel, settingsProblems, shownRange, trimLeadingEmpty } from './progress-public.rules';

describe('progress page rules', () => {
  it('takes ?lang= first, then Accept-Language, else German', () => {
    expect(pageLocale('en', 'de')).toBe('en');
    expect(pageLocale(undefined, 'fr-FR,en;q=0.8')).toBe('en');
    expect(pageLocale(['en', 'de'], undefined)).toBe('de');
    expect(pageLocale('xx', ';;;')).toBe('de');
  });

  it('names periods as readers say them, in both languages', () => {
    expect(periodLabel('2026', 'de')).toBe('2026');
    expect(periodLabel('2026-Q3', 'de')).toBe('3. Quartal 2026');
    expect(periodLabel('2026-Q3', 'en')).toBe('Q3 2026');
    expect(periodLabel('2026-03', 'de')).toBe('März 2026');
    expect(periodLabel('2026-03', 'en')).toBe('March 2026');
  });

  it('shows this year and the two before, up to this month', () => {
    expect(shownRange(new Date('2026-12-07T10:00:00Z'))).toEqual({ from: '2024-01', to: '2026-12' });
  });

  it('drops leading periods with nothing to show and keeps the arrays parallel', () => {
    const line = {
      periods: ['a', 'b', 'c'],
      actual: [null, null, 5],
      target: [null, 9, 9],
      suppressed: [false, false, false],
      provisional: [false, true, false],
    };
    expect(trimLeadingEmpty(line, ['actual', 'target', 'suppressed', 'provisional'])).toEqual({
      periods: ['b', 'c'],
      actual: [null, 5],
      target: [9, 9],
      suppressed: [false, false],
      provisional: [true, false],
    });
    const hiddenFirst = { ...line, target: [null, null, null], suppressed: [true, false, false] };
    expect(trimLeadingEmpty(hiddenFirst, ['actual', 'target', 'suppressed', 'provisional']).periods).toEqual(['a', 'b', 'c']);
    const empty = { ...line, actual: [null, null, null], target: [null, null, null] };
    expect(trimLeadingEmpty(empty, ['actual', 'target', 'suppressed', 'provisional'])).toMatchObject({ periods: [], actual: [], provisional: [] });
  });

  it('answers If-None-Match for this ETag, a weak form of it and *, nothing else', () => {
    const etag = etagOf('{"a":1}');
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(etagOf('{"a":2}')).not.toBe(etag);
    expect(matchesEtag(etag, etag)).toBe(true);
    expect(matchesEtag(`"x", W/${etag}`, etag)).toBe(true);
    expect(matchesEtag('*', etag)).toBe(true);
    expect(matchesEtag('"x"', etag)).toBe(false);
    expect(matchesEtag(undefined, etag)).toBe(false);
  });

  it('refuses a malformed address and repeated ids', () => {
    expect(settingsProblems({ slug: 'gut-so-2026', goalIds: [], indicatorIds: [] })).toEqual([]);
    for (const slug of ['', 'a', '-x', 'Gross', 'mit leer', 'ü-x', 'x'.repeat(64)])
      expect(settingsProblems({ slug, goalIds: [], indicatorIds: [] })).toEqual([{ field: 'slug', code: 'slug' }]);
    expect(settingsProblems({ slug: 'ok', goalIds: ['g', 'g'], indicatorIds: ['i', 'i'] })).toEqual([
      { field: 'goalIds', code: 'duplicate' },
      { field: 'indicatorIds', code: 'duplicate' },
    ]);
  });
});
