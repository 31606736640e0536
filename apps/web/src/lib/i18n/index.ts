import i18n, { type BackendModule } from 'i18next';
import { useMemo } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { merge, type Tree } from './merge';
import {
  datePattern,
  formatDate,
  formatDateTime,
  formatIndicatorValue,
  formatNumber,
  formatPercent,
  parseDate,
  parseNumber,
  type IndicatorFormat,
  type Language,
  type NumberFormatOptions,
} from './format';

export type { Language } from './format';
export const LANGUAGES: readonly Language[] = ['de', 'en'];
export const DEFAULT_LANGUAGE: Language = 'de';
const STORAGE_KEY = 'gemeinwerk.language';

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return LANGUAGES.includes(value as Language) ? (value as Language) : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function reflect(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/*
 * Texts come in chunks: the shared texts of a language (locales/<language>.json: shell, login,
 * errors) load before the first render; the texts of all features (features-<language>.ts) load
 * with the first page that needs them (loadFeatureTexts, called by the router's lazy pages), so
 * the login page carries neither the other language nor the workspace's words. i18next asks this
 * backend when a language is first needed, and switches language only once it is loaded.
 */
const sharedTexts: Record<Language, () => Promise<{ default: object }>> = {
  de: () => import('./locales/de.json'),
  en: () => import('./locales/en.json'),
};
const featureTexts: Record<Language, () => Promise<{ default: object }>> = {
  de: () => import('./features-de'),
  en: () => import('./features-en'),
};
let featuresWanted = false;
/** Languages whose loaded texts include the features' texts. */
const withFeatures = new Set<Language>();

async function textsOf(language: Language): Promise<object> {
  const wanted = featuresWanted;
  const [shared, features] = await Promise.all([sharedTexts[language](), wanted ? featureTexts[language]() : null]);
  // A copy: i18next keeps the object it is given and merges the features' texts into it later,
  // which must not change the imported JSON module itself.
  const texts = structuredClone(shared.default) as Tree;
  if (!features) return texts;
  withFeatures.add(language);
  return merge(texts, features.default as Tree);
}

const bundleBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!LANGUAGES.includes(language as Language)) return callback(null, {});
    textsOf(language as Language).then(
      (texts) => callback(null, texts as never),
      (error: unknown) => callback(error as Error, null),
    );
  },
};

/**
 * Makes the features' texts available in every language loaded so far, and in any loaded later.
 * Pages await it before they render (src/app/router.tsx); repeated calls cost nothing.
 */
export async function loadFeatureTexts(): Promise<void> {
  featuresWanted = true;
  await i18nReady;
  const missing = i18n.languages.filter((l): l is Language => LANGUAGES.includes(l as Language) && !withFeatures.has(l as Language));
  await Promise.all(
    missing.map(async (language) => {
      const texts = (await featureTexts[language]()).default;
      if (withFeatures.has(language)) return;
      i18n.addResourceBundle(language, 'translation', texts, true, true);
      withFeatures.add(language);
    }),
  );
}

/**
 * A sentence that ends in a name ending in a full stop ("Freigegeben: Jugendtreff e.V.") would
 * read "e.V.." where the text adds its own: exactly two dots become one (an ellipsis stays).
 */
export function collapseDoubleStops(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}

/** Resolves when the texts of the starting language are there: render after it (main.tsx). */
export const i18nReady = i18n
  .use(bundleBackend)
  .use(initReactI18next)
  .use({ type: 'postProcessor', name: 'stops', process: (value: string) => collapseDoubleStops(value) })
  .init({
    postProcess: ['stops'],
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES as Language[],
    interpolation: { escapeValue: false },
    returnNull: false,
    // Start loading at once rather than on the next tick.
    initAsync: false,
    // main.tsx renders after i18nReady, and a language switch waits for its texts.
    react: { useSuspense: false },
  });
reflect(i18n.language);
i18n.on('languageChanged', reflect);

export function currentLanguage(): Language {
  return LANGUAGES.includes(i18n.language as Language) ? (i18n.language as Language) : DEFAULT_LANGUAGE;
}

/** Switches the UI language and remembers the choice on this device. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this visit.
  }
  await i18n.changeLanguage(language);
}

/**
 * The language saved in the user's account wins when a session starts or the app loads, so a
 * person meets their language on every device. Unknown values are ignored.
 */
export function applyAccountLanguage(locale: string | null | undefined): void {
  if (LANGUAGES.includes(locale as Language) && locale !== i18n.language) void setLanguage(locale as Language);
}

let choiceBeforeSession: Language | null = null;

/**
 * A language picked on the login or invitation page, before anyone is known: the session that
 * follows should keep it (and save it) rather than jump back to the account's older setting.
 */
export function noteChoiceBeforeSession(language: Language): void {
  choiceBeforeSession = language;
}

/** The language picked before the session started, once; null when none was picked. */
export function takeChoiceBeforeSession(): Language | null {
  const choice = choiceBeforeSession;
  choiceBeforeSession = null;
  return choice;
}

/** Formatting bound to the current UI language; re-renders when the language changes. */
export function useFormat() {
  const { i18n: instance } = useTranslation();
  const language = instance.language;
  return useMemo(
    () => ({
      language,
      number: (value: number | null | undefined, options?: NumberFormatOptions) => formatNumber(value, language, options),
      percent: (value: number | null | undefined, digits?: number) => formatPercent(value, language, digits),
      indicatorValue: (value: number | null | undefined, indicator: IndicatorFormat, withUnit?: boolean) =>
        formatIndicatorValue(value, language, indicator, withUnit),
      date: (value: string | Date | null | undefined) => formatDate(value, language),
      dateTime: (value: string | Date | null | undefined) => formatDateTime(value, language),
      parseNumber: (input: string) => parseNumber(input, language),
      parseDate: (input: string) => parseDate(input, language),
      datePattern: datePattern(language),
    }),
    [language],
  );
}

export { i18n };
