import { lazy, Suspense, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { LoadingState } from '@/components/ui/spinner';
import { useFormat } from '@/lib/i18n';
import { CATEGORIES, REPORT_STATUSES, usePublicReports } from '../api/participation-api';
import { EasyLanguageSwitch, useParticipationText } from './easy-language';
import type { PortalInfo } from './report-form';
import { StatusBadge } from './status-badge';
import { SupportButton } from './support-button';
import '../participation.css';

const ReportsMap = lazy(() => import('./reports-map').then((m) => ({ default: m.ReportsMap })));

/** The public reports: filters, a list (with "betrifft mich auch") and a map of those with a pinned place. */
export function ReportListPage({ portal }: { portal: PortalInfo }) {
  const { tx, t } = useParticipationText();
  const f = useFormat();
  const [location, setLocation] = useSearchParams();
  const [view, setView] = useState<'list' | 'map'>(location.get('view') === 'map' ? 'map' : 'list');
  const filter = { category: location.get('category') ?? '', districtId: location.get('district') ?? '', status: location.get('status') ?? '' };
  const reports = usePublicReports(portal.slug, filter);
  const change = (name: string, value: string) => {
    const next = new URLSearchParams(location);
    if (value) next.set(name, value);
    else next.delete(name);
    setLocation(next, { replace: true });
  };
  const items = reports.data?.items ?? [];

  return (
    <div className="participation-reports">
      <title>{`${tx('list.title')} · ${portal.name}`}</title>
      <div className="participation-form__head">
        <h1>{tx('list.title')}</h1>
        <EasyLanguageSwitch />
      </div>
      <p>{tx('list.intro')}</p>
      <p>
        <ButtonLink to={`/portal/${portal.slug}/melden`} variant="primary">
          {tx('report.title')}
        </ButtonLink>
      </p>
      <div className="participation-reports__filters" role="group" aria-label={tx('list.filters')}>
        <SelectField
          label={tx('report.category')}
          optional
          value={filter.category}
          onChange={(e) => change('category', e.target.value)}
          options={[{ value: '', label: t('participation.all') }, ...CATEGORIES.map((c) => ({ value: c, label: tx(`category.${c}`) }))]}
        />
        <SelectField
          label={tx('report.district')}
          optional
          value={filter.districtId}
          onChange={(e) => change('district', e.target.value)}
          options={[{ value: '', label: t('participation.all') }, ...portal.districts.map((d) => ({ value: d.id, label: d.name }))]}
        />
        <SelectField
          label={tx('list.status')}
          optional
          value={filter.status}
          onChange={(e) => change('status', e.target.value)}
          options={[{ value: '', label: t('participation.all') }, ...REPORT_STATUSES.map((s) => ({ value: s, label: tx(`status.${s}`) }))]}
        />
      </div>
      <div className="participation-reports__bar">
        <h2 aria-live="polite">{reports.data ? tx('list.count', { count: items.length }) : '\u00a0'}</h2>
        <div className="portal-view" role="group" aria-label={tx('list.view')}>
          {(['list', 'map'] as const).map((v) => (
            <button key={v} type="button" className="portal-view__option" aria-pressed={view === v} onClick={() => setView(v)}>
              {tx(`list.${v}`)}
            </button>
          ))}
        </div>
      </div>
      {view === 'map' ? (
        <Suspense fallback={<LoadingState />}>
          <ReportsMap portal={portal} reports={items} />
        </Suspense>
      ) : null}
      {reports.isPending ? <LoadingState /> : null}
      {reports.isSuccess && !items.length ? <p>{tx('list.none')}</p> : null}
      <ul className="participation-reports__list">
        {items.map((r) => (
          <li key={r.id} className="participation-card">
            <h3 className="participation-card__title">
              <Link to={`/portal/${portal.slug}/meldungen/${r.id}`}>{tx(`category.${r.category}`)}</Link>
              {': '}
              {r.districtName ?? r.address ?? tx('list.placeOnMap')}
            </h3>
            <p className="participation-card__meta">
              <StatusBadge status={r.status} /> · {f.date(r.createdAt)}
            </p>
            <p className="participation-card__text">{r.description}</p>
            <SupportButton slug={portal.slug} reportId={r.id} count={r.supportCount} />
          </li>
        ))}
      </ul>
    </div>
  );
}
