import { describe, expect, it } from 'vitest';
import de from './locales/de.json';
import en from './locales/en.json';
import { merge } from './merge';
import { featureLocales, withFeatureLocales } from './resources';

function keys(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('locale files', () => {
  it('German and English define the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  it('German and English define the same keys in every feature', () => {
    const files = featureLocales();
    const features = [...new Set(files.map((f) => f.feature))];
    for (const feature of features) {
      const of = (language: string) => files.find((f) => f.feature === feature && f.language === language)?.texts ?? {};
      expect({ feature, keys: keys(of('en')).sort() }).toEqual({ feature, keys: keys(of('de')).sort() });
    }
  });

  it('merges feature texts under the feature name without losing shared ones', () => {
    const resources = withFeatureLocales();
    expect(keys(resources.de.translation).sort()).toEqual(keys(resources.en.translation).sort());
    expect(resources.de.translation).toHaveProperty('errors.UNKNOWN');
  });

  it('translate every API error code', async () => {
    const { ERROR_CODES } = await import('@gemeinwerk/shared');
    for (const code of ERROR_CODES) {
      expect(de.errors).toHaveProperty(code);
      expect(en.errors).toHaveProperty(code);
    }
  });
});

describe('language chunks', () => {
  it('hold exactly the merged texts of their language: shared plus every feature', async () => {
    const resources = withFeatureLocales();
    expect(merge(de, (await import('./features-de')).default)).toEqual(resources.de.translation);
    expect(merge(en, (await import('./features-en')).default)).toEqual(resources.en.translation);
  });
});
