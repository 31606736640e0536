import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import type { PublicPortal } from '../api/portal-api';
import { linkColour, textOn } from '../utils/theme';
import '../portal.css';

/** The portal's own frame: its name, logo and colours (readable whatever colour it chose), the language choice. */
export function PortalLayout({ portal, children, compact = false }: { portal: PublicPortal; children: ReactNode; compact?: boolean }) {
  const { t } = useTranslation();
  const style = {
    '--portal-primary': portal.primaryColor,
    '--portal-on-primary': textOn(portal.primaryColor),
    '--portal-link': linkColour(portal.primaryColor),
    '--portal-accent': linkColour(portal.accentColor),
  } as CSSProperties;
  return (
    <div className={`portal${compact ? ' portal--compact' : ''}`} style={style}>
      <a className="skip-link" href="#portal-main">
        {t('portal-public.skipToResults')}
      </a>
      <header className="portal__header">
        <Link to={`/portal/${portal.slug}`} className="portal__brand" target={compact ? '_blank' : undefined}>
          {portal.logo ? <img src={portal.logo} alt="" className="portal__logo" /> : null}
          <span className="portal__name">{portal.name}</span>
        </Link>
        {compact ? null : (
          <nav className="portal__nav" aria-label={t('portal-public.nav.label')}>
            <Link to={`/portal/${portal.slug}/meldungen`}>{t('portal-public.nav.reports')}</Link>
            <Link to={`/portal/${portal.slug}/melden`}>{t('portal-public.nav.report')}</Link>
          </nav>
        )}
        {compact ? null : <LanguageSwitch />}
      </header>
      <main id="portal-main" className="portal__main" tabIndex={-1}>
        {children}
      </main>
      {compact ? null : (
        <footer className="portal__footer">
          {portal.providerSignup ? (
            <p>
              <Link to={`/portal/${portal.slug}/anbieter`}>{t('portal-public.signup.link')}</Link>
            </p>
          ) : null}
          <p>{t('portal-public.poweredBy')}</p>
        </footer>
      )}
    </div>
  );
}
