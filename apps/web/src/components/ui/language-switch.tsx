import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSaveLanguage, type CurrentUser } from '@/lib/auth';
import { LANGUAGES, noteChoiceBeforeSession, setLanguage, type Language } from '@/lib/i18n';
import { ME_QUERY_KEY } from '@/lib/query-client';

/**
 * Two toggle buttons, DE and EN; the pressed one is the current language. A logged-in person's
 * choice is saved in their account too (failing that, it still applies on this device); a choice
 * made before logging in is saved when the session starts.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const save = useSaveLanguage();

  const choose = (language: Language) => {
    void setLanguage(language);
    const me = client.getQueryData<CurrentUser | null>(ME_QUERY_KEY);
    if (!me) noteChoiceBeforeSession(language);
    else if (me.locale !== language) save.mutate(language);
  };

  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language: Language) => (
        <button
          key={language}
          type="button"
          className="language-switch__option"
          aria-pressed={i18n.language === language}
          lang={language}
          title={t(`language.names.${language}`)}
          onClick={() => choose(language)}
        >
          {language.toUpperCase()} <span className="visually-hidden">– {t(`language.names.${language}`)}</span>
        </button>
      ))}
    </div>
  );
}
