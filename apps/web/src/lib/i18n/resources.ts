import de from './locales/de.json';
import en from './locales/en.json';
import { merge, type Tree } from './merge';

/**
 * Each feature keeps its own texts in `src/features/<feature>/locales/{de,en}.json`, under the
 * feature's name as the first key segment (`t('indicators.chart.title')`). Shared texts (common,
 * errors, roles …) stay in `lib/i18n/locales`. Keeping a feature's words beside its code lets
 * areas grow without everyone editing one large file.
 *
 * The app loads texts in chunks (index.ts: shared first, features with the first workspace page);
 * this module holds all of them at once, the reference the locale tests compare the chunks with.
 */
const featureFiles = import.meta.glob<Tree>('../../features/*/locales/*.json', { eager: true, import: 'default' });

export function featureLocales(): { feature: string; language: string; texts: Tree }[] {
  return Object.entries(featureFiles).map(([file, texts]) => {
    const match = /features\/([^/]+)\/locales\/([^/]+)\.json$/.exec(file)!;
    return { feature: match[1]!, language: match[2]!, texts };
  });
}

export const sharedLocales = { de: de as Tree, en: en as Tree };

/** The shared texts with every feature's texts merged in under the feature's name. */
export function withFeatureLocales() {
  const resources: Record<string, Tree> = { de: sharedLocales.de, en: sharedLocales.en };
  for (const { feature, language, texts } of featureLocales()) {
    resources[language] = merge(resources[language] ?? {}, { [feature]: texts });
  }
  return { de: { translation: resources.de! }, en: { translation: resources.en! } };
}
