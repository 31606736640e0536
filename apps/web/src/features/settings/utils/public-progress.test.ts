import { describe, expect, it } from 'vitest';
import { embedSnippet, SLUG_PATTERN, slugFrom } from './public-progress';

describe('slugFrom', () => {
  it('makes a valid address from a German name', () => {
    expect(slugFrom('Bildungsbündnis Musterstadt')).toBe('bildungsbuendnis-musterstadt');
    expect(slugFrom('  Straße & Café – Süd  ')).toBe('strasse-cafe-sued');
    expect(SLUG_PATTERN.test(slugFrom('X'))).toBe(true);
    expect(SLUG_PATTERN.test(slugFrom('a'.repeat(100)))).toBe(true);
  });
});

describe('embedSnippet', () => {
  it('frames the embed view and escapes the title', () => {
    expect(embedSnippet('https://gemeinwerk.example', 'nord', 'Fortschritt "Nord" <b>')).toBe(
      '<iframe src="https://gemeinwerk.example/fortschritt/nord/embed" title="Fortschritt &quot;Nord&quot; &lt;b>" style="width:100%;min-height:720px;border:0" loading="lazy"></iframe>',
    );
  });
});
