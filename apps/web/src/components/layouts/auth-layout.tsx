import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../ui/language-switch';
import { LogoMark } from '../ui/logo';

/** Pages before sign-in: a calm, centred card with the product name and the language choice. */
export function AuthLayout({ title, description, children, footer }: { title: ReactNode; description?: ReactNode; children: ReactNode; footer?: ReactNode }) {
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
      <main id="main" className="auth__main">
        <div className="auth__intro">
          <p className="auth__tagline">{t('auth.tagline')}</p>
          <p className="auth__claim">{t('auth.claim')}</p>
        </div>
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
