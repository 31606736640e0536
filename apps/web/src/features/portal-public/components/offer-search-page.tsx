import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { LoadingState } from '@/components/ui/spinner';
import { useOfferSearch, type PublicPortal } from '../api/portal-api';
import { apiParams, hasFilters, withFilter, type FilterKey } from '../utils/search-params';
import { EmbedSnippet } from './embed-snippet';
import { OfferFilters } from './offer-filters';
import { OfferList } from './offer-list';

const OfferMap = lazy(() => import('./offer-map').then((m) => ({ default: m.OfferMap })));

/** The portal's start page: search words, facets, list or map, pages. Everything lives in the address. */
export function OfferSearchPage({ portal, compact = false }: { portal: PublicPortal; compact?: boolean }) {
  const { t } = useTranslation();
  const [location, setLocation] = useSearchParams();
  const [view, setView] = useState<'list' | 'map'>(location.get('view') === 'map' ? 'map' : 'list');
  const params = apiParams(location);
  const search = useOfferSearch(portal.slug, params);
  const change = (key: FilterKey | 'page', value: string | null) => setLocation(withFilter(location, key, value), { replace: key !== 'page' });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    change('q', new FormData(e.currentTarget).get('q') as string);
  };
  const data = search.data;
  const page = Number(location.get('page') ?? 1) || 1;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const chooseView = (v: 'list' | 'map') => {
    setView(v);
    const next = new URLSearchParams(location);
    if (v === 'map') next.set('view', 'map');
    else next.delete('view');
    setLocation(next, { replace: true });
  };

  return (
    <div className="portal-search">
      {!compact && portal.intro ? <p className="portal-search__intro">{portal.intro}</p> : null}
      <form role="search" className="portal-search__form" onSubmit={submit} aria-label={t('portal-public.searchLabel')}>
        <label htmlFor="portal-q" className="field__label">
          {t('portal-public.searchLabel')}
        </label>
        <div className="portal-search__row">
          <input
            id="portal-q"
            name="q"
            type="search"
            className="input"
            defaultValue={location.get('q') ?? ''}
            key={location.get('q') ?? ''}
            placeholder={t('portal-public.searchPlaceholder')}
            autoComplete="off"
          />
          <Button type="submit" variant="primary">
            {t('portal-public.searchButton')}
          </Button>
        </div>
      </form>
      <div className="portal-search__body">
        {compact ? null : (
          <aside className="portal-search__filters">
            <OfferFilters location={location} facets={data?.facets} districts={portal.districts} onChange={change} />
            {hasFilters(location) ? (
              <Button variant="ghost" onClick={() => setLocation(new URLSearchParams(location.get('q') ? { q: location.get('q')! } : {}))}>
                {t('portal-public.resetFilters')}
              </Button>
            ) : null}
          </aside>
        )}
        <section className="portal-search__results" aria-labelledby="portal-results-heading">
          <div className="portal-search__bar">
            <h2 id="portal-results-heading" className="portal-search__count" aria-live="polite">
              {data ? t('portal-public.results', { count: data.total }) : '\u00a0'}
            </h2>
            {compact ? null : (
              <div className="portal-view" role="group" aria-label={t('portal-public.view.label')}>
                {(['list', 'map'] as const).map((v) => (
                  <button key={v} type="button" className="portal-view__option" aria-pressed={view === v} onClick={() => chooseView(v)}>
                    {t(`portal-public.view.${v}`)}
                  </button>
                ))}
              </div>
            )}
          </div>
          {view === 'map' && !compact ? (
            <Suspense fallback={<LoadingState />}>
              <OfferMap
                portal={portal}
                params={apiParams(location, false)}
                selectedDistrict={location.get('district')}
                onDistrict={(id) => change('district', id)}
              />
            </Suspense>
          ) : null}
          {search.isPending ? <LoadingState /> : null}
          {data && data.total === 0 ? <p className="portal-search__empty">{t('portal-public.noResults')}</p> : null}
          {data ? <OfferList slug={portal.slug} offers={data.offers} newTab={compact} /> : null}
          {data && pages > 1 ? (
            <nav className="portal-pages" aria-label={t('portal-public.pagination.label')}>
              <Button size="sm" disabled={page <= 1} onClick={() => change('page', String(page - 1))}>
                {t('portal-public.pagination.previous')}
              </Button>
              <span>{t('portal-public.pagination.page', { page, pages })}</span>
              <Button size="sm" disabled={page >= pages} onClick={() => change('page', String(page + 1))}>
                {t('portal-public.pagination.next')}
              </Button>
            </nav>
          ) : null}
        </section>
      </div>
      {compact ? null : <EmbedSnippet slug={portal.slug} />}
    </div>
  );
}
