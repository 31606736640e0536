import { describe, expect, it } from 'vitest';
import de from './locales/de.json';
import en from './locales/en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('locale files', () => {
  it('German and English define the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  it('translate every API error code', async () => {
    const { ERROR_CODES } = await import('@gemeinwerk/shared');
    for (const code of ERROR_CODES) {
      expect(de.errors).toHaveProperty(code);
      expect(en.errors).toHaveProperty(code);
    }
  });
});
