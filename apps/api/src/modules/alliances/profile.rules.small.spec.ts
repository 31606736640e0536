import { isHexColour, LOGO_MAX_BYTES, logoProblem, logoSummary, periodProblems } from './profile.rules';

/** Pure rules of an alliance profile: no database, no app (small tests). */
const png = (bytes: number) => `data:image/png;base64,${Buffer.alloc(bytes, 1).toString('base64')}`;

describe('periodProblems', () => {
  it('an end before the start is refused on the end field; open or equal ends are fine', () => {
    expect(periodProblems('2026-01-01', '2025-12-31')).toEqual([{ field: 'periodEnd', code: 'endBeforeStart' }]);
    expect(periodProblems('2026-01-01', '2026-01-01')).toEqual([]);
    expect(periodProblems(null, '2025-12-31')).toEqual([]);
    expect(periodProblems('2026-01-01', '2025-01-01', 'until')).toEqual([{ field: 'until', code: 'endBeforeStart' }]);
  });
});

describe('isHexColour', () => {
  it('takes #rrggbb only', () => {
    expect(['#00665e', '#ABCDEF'].map(isHexColour)).toEqual([true, true]);
    expect(['00665e', '#0665e', '#00665g', 'red', '#00665e '].map(isHexColour)).toEqual([false, false, false, false, false]);
  });
});

describe('logoProblem', () => {
  it('takes PNG, JPEG and SVG up to the limit, base64 or URL-encoded', () => {
    expect(logoProblem(png(LOGO_MAX_BYTES))).toBeUndefined();
    expect(logoProblem('data:image/jpeg;base64,/9j/4AAQ')).toBeUndefined();
    expect(logoProblem(`data:image/svg+xml;charset=utf-8,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"/>')}`)).toBeUndefined();
  });

  it('refuses other types, a byte over the limit, broken base64, broken escapes and empty images', () => {
    expect(logoProblem('data:image/gif;base64,R0lGOD')).toEqual({ field: 'logoDataUrl', code: 'imageType' });
    expect(logoProblem('https://example.org/logo.png')).toEqual({ field: 'logoDataUrl', code: 'imageType' });
    expect(logoProblem(png(LOGO_MAX_BYTES + 1))).toEqual({ field: 'logoDataUrl', code: 'tooLarge' });
    expect(logoProblem('data:image/png;base64,ab$c')).toEqual({ field: 'logoDataUrl', code: 'invalid' });
    expect(logoProblem('data:image/svg+xml,%E0%A4%A')).toEqual({ field: 'logoDataUrl', code: 'invalid' });
    expect(logoProblem('data:image/png;base64,')).toEqual({ field: 'logoDataUrl', code: 'invalid' });
  });
});

describe('logoSummary', () => {
  it('keeps type and size for the audit trail, never the image', () => {
    expect(logoSummary(png(3))).toBe('image/png, 26 characters');
    expect(logoSummary(null)).toBeNull();
    expect(logoSummary('')).toBeNull();
  });
});
