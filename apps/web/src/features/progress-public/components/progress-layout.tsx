import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { darkenForWhiteText, parseHex, toHex } from '@/lib/theme';
import type { PublicProgress } from '../api/progress-api';
import '../progress.css';

const DEFAULT_COLOUR = '#1d4f91';

/** The page's frame in the alliance's colour (darkened until white text on it passes AA), its logo and name, the language choice. */
export function ProgressLayout({ page, embed = false, children }: { page: PublicProgress; embed?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const colour = toHex(darkenForWhiteText(parseHex(page.primaryColor) ?? parseHex(DEFAULT_COLOUR)!));
  const style = { '--progress-primary': colour } as CSSProperties;
  return (
    <div className={`progress-page${embed ? ' progress-page--embed' : ''}`} style={style}>
      <a className="skip-link" href="#progress-main">
        {t('progress-public.skipToContent')}
      </a>
      <header className="progress-page__header">
        <Link to={`/fortschritt/${page.slug}`} className="progress-page__brand" target={embed ? '_blank' : undefined}>
          {page.logo ? <img src={page.logo} alt="" className="progress-page__logo" /> : null}
          <span>
            <span className="progress-page__eyebrow">{t('progress-public.eyebrow')}</span>
            <span className="progress-page__name">{page.name}</span>
          </span>
        </Link>
        <LanguageSwitch />
      </header>
      <main id="progress-main" className="progress-page__main" tabIndex={-1}>
        {children}
      </main>
      <footer className="progress-page__footer">
        {embed ? (
          <a href={`/fortschritt/${page.slug}`} target="_blank" rel="noreferrer">
            {t('progress-public.openFull')}
          </a>
        ) : (
          <p>{t('progress-public.poweredBy')}</p>
        )}
      </footer>
    </div>
  );
}
