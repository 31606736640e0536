import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { LoadingState } from '@/components/ui/spinner';
import { LANGUAGES, setLanguage, useFormat, type Language } from '@/lib/i18n';
import { ProgressNotFound, usePublicProgress, type PublicProgress } from '../api/progress-api';
import { IndicatorCard } from './indicator-card';
import { ProgressLayout } from './progress-layout';

/** The goals chosen for the page, as a list (sub-goals under their goal when both are shown). */
function Goals({ page }: { page: PublicProgress }) {
  const { t } = useTranslation();
  const shown = new Set(page.goals.map((g) => g.id));
  const top = page.goals.filter((g) => !g.parentId || !shown.has(g.parentId));
  const children = (id: string) => page.goals.filter((g) => g.parentId === id);
  const item = (g: PublicProgress['goals'][number]) => (
    <li key={g.id} className="progress-goals__item">
      <span className="progress-goals__title">{g.title}</span>{' '}
      <span className={`badge progress-goals__status progress-goals__status--${g.status.toLowerCase()}`}>
        {t(`progress-public.status.${g.status}`, g.status)}
      </span>
      {g.description ? <p className="progress-goals__description">{g.description}</p> : null}
      {children(g.id).length ? <ul className="progress-goals__children">{children(g.id).map(item)}</ul> : null}
    </li>
  );
  if (!page.goals.length) return null;
  return (
    <section className="progress-page__section" aria-labelledby="progress-goals-heading">
      <h2 id="progress-goals-heading">{t('progress-public.goals')}</h2>
      <ul className="progress-goals">{top.map(item)}</ul>
    </section>
  );
}

/**
 * The public progress page of an alliance (/fortschritt/:slug, no login), or its embeddable
 * version (minimal chrome). `?lang=de|en` in the address picks the language once.
 */
export function ProgressPage({ slug, embed = false, lang }: { slug: string; embed?: boolean; lang?: string | null }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  useEffect(() => {
    if (lang && LANGUAGES.includes(lang as Language) && lang !== i18n.language) void setLanguage(lang as Language);
    // Only the address's choice on arrival; the switch decides afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on arrival only
  }, [lang]);
  const query = usePublicProgress(slug, i18n.language);
  if (query.isPending) return <LoadingState />;
  if (query.isError)
    return (
      <main id="main" className="progress-page__missing">
        <h1>{query.error instanceof ProgressNotFound ? t('progress-public.notFound') : t('progress-public.loadFailed')}</h1>
        {query.error instanceof ProgressNotFound ? <Alert tone="info">{t('progress-public.notFoundHint')}</Alert> : null}
      </main>
    );
  const page = query.data;
  return (
    <ProgressLayout page={page} embed={embed}>
      <title>{page.name}</title>
      <h1 className={embed ? 'visually-hidden' : 'progress-page__title'}>{page.name}</h1>
      {page.vision && !embed ? <p className="progress-page__vision">{page.vision}</p> : null}
      {embed ? null : <Goals page={page} />}
      <section className="progress-page__section" aria-labelledby="progress-indicators-heading">
        <h2 id="progress-indicators-heading" className={embed ? 'visually-hidden' : undefined}>
          {t('progress-public.indicators')}
        </h2>
        {page.indicators.length ? (
          <div className="progress-page__cards">
            {page.indicators.map((indicator) => (
              <IndicatorCard key={indicator.id} indicator={indicator} k={page.smallNumberThreshold} compact={embed} />
            ))}
          </div>
        ) : (
          <p>{t('progress-public.noIndicators')}</p>
        )}
      </section>
      <p className="progress-page__about">
        {t('progress-public.about', { k: page.smallNumberThreshold })} {t('progress-public.updated', { date: format.date(page.updatedAt) })}
      </p>
    </ProgressLayout>
  );
}
