import { progressDescription } from '@gemeinwerk/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toPoints } from '@/components/charts/chart-data';
import { usePeriodLabel } from '@/components/charts/period-label';
import { TargetProgress } from '@/components/charts/target-progress';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useFundingPortfolio, type PortfolioAlliance, type PortfolioIndicator } from '../api/get-funding-portfolio';
import type { ProvisionalLatest } from '../utils/indicator-progress';
import { IndicatorProgressRow } from './indicator-progress-row';

/** The newest period while provisional, when it has a value to show beside the latest complete one. */
function provisionalOf(indicator: PortfolioIndicator): ProvisionalLatest | null {
  const p = indicator.provisional;
  if (!p || p.value === null || p.value === undefined) return null;
  return { period: p.periodKey, value: p.value, approved: p.approvedReports, expected: p.expectedReports };
}

/**
 * The funder's alliances side by side, each from approved data only. "Letzter Wert" and the
 * status speak of the latest complete period (API); a newer provisional one is shown beside it.
 */
export function FundingPortfolio() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const portfolio = useFundingPortfolio();

  if (portfolio.isPending) return <LoadingState label={t('dashboard.portfolio.loading')} />;
  if (portfolio.isError)
    return (
      <Alert
        tone="error"
        title={t('dashboard.portfolio.loadFailed')}
        actions={
          <Button size="sm" onClick={() => void portfolio.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {describe(portfolio.error)}
      </Alert>
    );
  if (portfolio.data.length === 0)
    return (
      <div className="card">
        <EmptyState
          icon="portfolio"
          title={t('dashboard.portfolio.emptyTitle')}
          actions={<ButtonLink to="/alliances">{t('dashboard.portfolio.toAlliances')}</ButtonLink>}
        >
          <p>{t('dashboard.portfolio.emptyText')}</p>
        </EmptyState>
      </div>
    );

  return (
    <div className="portfolio">
      {portfolio.data.map((alliance) => (
        <PortfolioCard key={alliance.id} alliance={alliance} />
      ))}
    </div>
  );
}

function PortfolioCard({ alliance }: { alliance: PortfolioAlliance }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = usePeriodLabel();
  const id = useId();
  const completeness = alliance.reportingCompleteness;

  return (
    <article className="card portfolio-card" aria-labelledby={`${id}-name`}>
      <header className="portfolio-card__head">
        <div>
          <h2 id={`${id}-name`} className="portfolio-card__name">
            {alliance.name}
          </h2>
          <p className="portfolio-card__meta">
            {t(`allianceKinds.${alliance.kind}`)} · {t(`lifecycles.${alliance.lifecycle}`)}
          </p>
        </div>
        <ButtonLink
          to={`/a/${alliance.id}/dashboard`}
          variant="primary"
          size="sm"
          icon="dashboard"
          aria-label={t('dashboard.portfolio.openNamed', { name: alliance.name })}
        >
          {t('dashboard.portfolio.open')}
        </ButtonLink>
      </header>

      <section className="portfolio-card__section" aria-labelledby={`${id}-completeness`}>
        <h3 id={`${id}-completeness`} className="portfolio-card__subtitle">
          {t('dashboard.portfolio.completeness')}
        </h3>
        {completeness ? (
          <TargetProgress
            share={completeness.shareComplete}
            text={t(completeness.state === 'OPEN' ? 'dashboard.portfolio.completenessOpen' : 'dashboard.portfolio.completenessClosed', {
              period: period(completeness.periodKey),
              approved: format.number(completeness.approved),
              expected: format.number(completeness.expected),
              percent: format.percent(completeness.shareComplete),
            })}
          />
        ) : (
          <p>{t('dashboard.portfolio.noPeriod')}</p>
        )}
      </section>

      <section className="portfolio-card__section" aria-labelledby={`${id}-indicators`}>
        <h3 id={`${id}-indicators`} className="portfolio-card__subtitle">
          {t('dashboard.portfolio.indicators', { count: alliance.indicators.length })}
        </h3>
        {alliance.indicators.length === 0 ? (
          <p>{t('dashboard.portfolio.noIndicators')}</p>
        ) : (
          <ul className="indicator-progress-list indicator-progress-list--compact">
            {alliance.indicators.map((indicator) => (
              <IndicatorProgressRow
                key={indicator.id}
                headingLevel={4}
                name={indicator.name}
                unit={indicator.unit}
                aggregation={indicator.aggregation}
                decimals={indicator.decimals}
                points={toPoints(indicator.trend.periods, indicator.trend.values, indicator.trend.provisional)}
                latest={
                  indicator.latestPeriod && indicator.latestValue !== null && indicator.latestValue !== undefined
                    ? { period: indicator.latestPeriod, value: indicator.latestValue }
                    : null
                }
                provisional={provisionalOf(indicator)}
                target={indicator.target ?? null}
                description={progressDescription(indicator.direction, indicator.latestValue, indicator.target, indicator.baseline)}
                status={indicator.status}
              />
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
