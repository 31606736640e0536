import i18n, { type BackendModule } from 'i18next';
import { useMemo } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { datePattern, formatDate, formatDateTime, formatNumber, formatPercent, parseDate, parseNumber, type Language, type NumberFormatOptions } from './format';

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
 * Each language's texts are one chunk of their own (bundle-de.ts, bundle-en.ts): a page loads
 * only the language it shows (plus German as the fallback for English), not both. i18next asks
 * this backend when a language is first needed, and switches language only once it is loaded.
 */
const bundles: Record<Language, () => Promise<{ default: object }>> = {
  de: () => import('./bundle-de'),
  en: () => import('./bundle-en'),
};
const bundleBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = bundles[language as Language];
    if (!load) return callback(null, {});
    load().then(
      (module) => callback(null, module.default as never),
      (error: unknown) => callback(error as Error, null),
    );
  },
};

/** Resolves when the texts of the starting language are there: render after it (main.tsx). */
export const i18nReady = i18n
  .use(bundleBackend)
  .use(initReactI18next)
  .init({
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
