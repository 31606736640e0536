import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Leichte Sprache": a third text variant of the public forms (German easy language; in English a
 * plain-English variant). The texts live under `participation.easy.*`; a key without an easy
 * variant falls back to the standard text. The choice is kept in this browser.
 */
const STORAGE_KEY = 'gemeinwerk.participation.easy';
const EVENT = 'gemeinwerk:easy-language';

function read(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

function subscribe(callback: () => void) {
  window.addEventListener(EVENT, callback);
  window.addEventListener('storage', callback);
  return () => {
    window.removeEventListener(EVENT, callback);
    window.removeEventListener('storage', callback);
  };
}

export function setEasyLanguage(on: boolean) {
  try {
    if (on) localStorage.setItem(STORAGE_KEY, '1');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // private mode: the switch then lasts for this page only
  }
  window.dispatchEvent(new Event(EVENT));
}

export const useEasyLanguage = () => useSyncExternalStore(subscribe, read, () => false);

/** `tx('report.title')`: the easy-language text when it is switched on and exists, else the standard one. */
export function useParticipationText() {
  const { t, i18n } = useTranslation();
  const easy = useEasyLanguage();
  const tx = useCallback(
    (key: string, options?: Record<string, unknown>): string => {
      const easyKey = `participation.easy.${key}`;
      return easy && i18n.exists(easyKey) ? t(easyKey, options) : t(`participation.${key}`, options);
    },
    [easy, t, i18n],
  );
  return { tx, t, easy };
}

/** The switch: a toggle button (aria-pressed), placed at the top of every public form. */
export function EasyLanguageSwitch() {
  const { t } = useTranslation();
  const easy = useEasyLanguage();
  return (
    <button type="button" className="participation-easy-switch" aria-pressed={easy} onClick={() => setEasyLanguage(!easy)}>
      <span aria-hidden="true" className="participation-easy-switch__icon">
        {easy ? '✓' : '☐'}
      </span>
      {t('participation.easySwitch')}
    </button>
  );
}
