import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../ui/icon';
import { LanguageSwitch } from '../ui/language-switch';
import { LogoMark } from '../ui/logo';

/** Pages before sign-in: a calm, centred card with the product name and the language choice. */
export function AuthLayout({
  title,
  description,
  children,
  footer,
  showIntro = true,
}: {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  /** The product introduction beside the card; pages like 404 leave it out. */
  showIntro?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="auth">
      <header className="auth__top">
        <span className="brand">
          <LogoMark />
          <span className="brand__name">{t('common.appName')}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className={`auth__main${showIntro ? '' : ' auth__main--single'}`}>
        {showIntro ? <AuthIntro /> : null}
        <section className="auth__card" aria-labelledby="auth-title">
          <h1 id="auth-title" className="auth__title">
            {title}
          </h1>
          {description ? <p className="auth__description">{description}</p> : null}
          {children}
        </section>
        {footer ? <div className="auth__footer">{footer}</div> : null}
      </main>
    </div>
  );
}

const PILLARS: { key: string; icon: IconName }[] = [
  { key: 'agenda', icon: 'agenda' },
  { key: 'measurement', icon: 'indicators' },
  { key: 'activities', icon: 'activities' },
  { key: 'communication', icon: 'log' },
  { key: 'backbone', icon: 'network' },
];

/** What the product is for, in the words of the field: the five conditions of collective impact. */
function AuthIntro() {
  const { t } = useTranslation();
  return (
    <div className="auth__intro">
      <p className="auth__tagline">{t('auth.tagline')}</p>
      <p className="auth__claim">{t('auth.claim')}</p>
      <ul className="auth__pillars">
        {PILLARS.map((p) => (
          <li key={p.key}>
            <Icon name={p.icon} size={18} />
            <span>{t(`auth.pillars.${p.key}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
