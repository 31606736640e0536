import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ChartDataLink } from '@/components/ui/export-menu';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { seriesRange, useIndicatorProgress } from '../api/get-indicator-progress';
import { indicatorProgress } from '../utils/indicator-progress';
import { IndicatorProgressRow } from './indicator-progress-row';

/**
 * Every active indicator with its line of approved roll-ups and its progress toward the target,
 * judged on the latest complete period; a newer provisional value is shown beside it.
 */
export function IndicatorProgressSection({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const progress = useIndicatorProgress(allianceId);

  return (
    <section className="card dashboard-card dashboard-card--wide" aria-labelledby="dashboard-indicators">
      <h2 id="dashboard-indicators" className="card__title">
        {t('dashboard.progress.title')}
      </h2>
      <p className="card__description">{t('dashboard.progress.description')}</p>
      {progress.isPending ? <LoadingState label={t('dashboard.progress.loading')} /> : null}
      {progress.isError ? (
        <Alert
          tone="error"
          title={t('dashboard.progress.loadFailed')}
          actions={
            <Button size="sm" onClick={() => void progress.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {describe(progress.error)}
        </Alert>
      ) : null}
      {progress.data && progress.data.length === 0 ? (
        <EmptyState icon="indicators" title={t('areas.dashboard.emptyTitle')}>
          <p>{t('areas.dashboard.emptyText')}</p>
        </EmptyState>
      ) : null}
      {progress.data && progress.data.length > 0 ? (
        <ul className="indicator-progress-list">
          {progress.data.map((indicator) => {
            const shaped = indicatorProgress(indicator, indicator.direction, indicator.baseline);
            return (
              <IndicatorProgressRow
                key={indicator.id}
                name={indicator.name}
                unit={indicator.unit}
                aggregation={indicator.aggregation}
                decimals={indicator.decimals}
                points={shaped.points}
                latest={shaped.latest}
                provisional={shaped.provisional}
                target={shaped.latest?.target ?? null}
                description={shaped.description}
                status={shaped.status}
                action={
                  <Link
                    to={`../indicators/${indicator.id}`}
                    relative="path"
                    className="dashboard-card__link"
                    aria-label={t('dashboard.progress.openNamed', { name: indicator.name })}
                  >
                    {t('dashboard.progress.open')}
                  </Link>
                }
              />
            );
          })}
        </ul>
      ) : null}
      {progress.data && progress.data.length > 0 ? <ChartDataLink allianceId={allianceId} list="progress" params={seriesRange()} /> : null}
    </section>
  );
}
