import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '@/lib/i18n';

/** Two toggle buttons, DE and EN; the pressed one is the current language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
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
          onClick={() => void setLanguage(language)}
        >
          {language.toUpperCase()}{' '}
          <span className="visually-hidden">– {t(`language.names.${language}`)}</span>
        </button>
      ))}
    </div>
  );
}
