import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriodKey } from '@/components/charts/period-label';
import { useProvisionalText } from '@/components/charts/progress-text';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/spinner';
import type { MembershipRole } from '@/gql/graphql';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useGoalOptions } from '../api/get-goal-options';
import { useIndicators, type IndicatorListItem } from '../api/get-indicators';
import { useIndicatorSeries } from '../api/get-indicator-series';
import { useIndicatorValue } from '../utils/format-value';
import { groupByGoal, otherGoals, type GoalRef } from '../utils/grouping';
import { chartRange } from '../utils/periods';
import { latestValue, provisionalValue, targetStatus, totalsByIndicator, type LatestValue } from '../utils/series';
import { StatusLight } from './status-light';

/** Years looked back for each indicator's latest approved value. */
const LOOKBACK_YEARS = 6;

/** The alliance's indicators grouped by goal, each with its status light and latest value. */
export function IndicatorsOverview({ allianceId, role, onCreate }: { allianceId: string; role: MembershipRole; onCreate: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [includeArchived, setIncludeArchived] = useState(false);
  const indicators = useIndicators(allianceId, includeArchived);
  const goals = useGoalOptions(allianceId);
  const ids = useMemo(() => (indicators.data ?? []).map((i) => i.id), [indicators.data]);
  const range = useMemo(() => chartRange(new Date(), LOOKBACK_YEARS), []);
  const series = useIndicatorSeries(allianceId, { indicatorIds: ids, by: 'TOTAL', ...range });
  const totals = useMemo(() => totalsByIndicator(series.data ?? []), [series.data]);

  if (indicators.isPending) return <LoadingState label={t('indicators.list.loading')} />;
  if (indicators.isError)
    return (
      <Alert tone="error" title={t('indicators.list.loadFailed')} actions={<Button size="sm" onClick={() => void indicators.refetch()}>{t('common.retry')}</Button>}>
        {describe(indicators.error)}
      </Alert>
    );

  const groups = groupByGoal(indicators.data, goals.data);

  return (
    <div className="indicator-list">
      <div className="toolbar toolbar--start">
        <label className="checkbox">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
          <span>{t('indicators.list.showArchived')}</span>
        </label>
      </div>
      {series.isError ? (
        <Alert tone="warning" title={t('indicators.list.valuesFailed')}>
          {describe(series.error)}
        </Alert>
      ) : null}
      {groups.length === 0 ? (
        <EmptyState
          icon="indicators"
          title={t('indicators.list.emptyTitle')}
          actions={
            role === 'BACKBONE' ? (
              <Button variant="primary" icon="plus" onClick={onCreate}>
                {t('indicators.form.createTitle')}
              </Button>
            ) : undefined
          }
        >
          {role === 'BACKBONE' ? t('indicators.list.emptyTextBackbone') : t('indicators.list.emptyText')}
        </EmptyState>
      ) : (
        groups.map((group) => (
          <IndicatorGroupTable
            key={group.goal?.id ?? 'none'}
            title={group.goal?.title ?? t('indicators.list.withoutGoal')}
            subGoal={(group.goal?.depth ?? 0) > 0}
            groupId={group.goal?.id ?? 'none'}
            goal={group.goal}
            indicators={group.indicators}
            latest={(id) => latestValue(totals.get(id))}
            provisional={(id) => provisionalValue(totals.get(id))}
            valuesState={series.isError ? 'failed' : series.isPending && ids.length > 0 ? 'pending' : 'ready'}
          />
        ))
      )}
    </div>
  );
}

function IndicatorGroupTable({
  title,
  subGoal,
  groupId,
  goal,
  indicators,
  latest,
  provisional,
  valuesState,
}: {
  title: string;
  subGoal: boolean;
  groupId: string;
  goal: GoalRef | null;
  indicators: IndicatorListItem[];
  latest: (indicatorId: string) => LatestValue | null;
  /** A newer provisional value, shown beside the latest complete one. */
  provisional: (indicatorId: string) => ReturnType<typeof provisionalValue>;
  /** Without values the status is unknown: neither a light nor "no data" would be true. */
  valuesState: 'pending' | 'failed' | 'ready';
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = useIndicatorValue();
  const provisionalText = useProvisionalText();
  const headingId = `indicator-group-${groupId}`;
  return (
    <section className="section indicator-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {subGoal ? (
          <span className="section__kicker">
            {t('indicators.list.subGoal')}
            <span className="visually-hidden">: </span>
          </span>
        ) : null}
        {title}
      </h2>
      {/* A card per indicator on a phone (`table--cards`). */}
      <DataTable
        cards
        caption={t('indicators.list.caption', { goal: title })}
        rows={indicators}
        rowKey={(indicator) => indicator.id}
        columns={[
          {
            key: 'indicator',
            header: t('indicators.list.columns.indicator'),
            rowHeader: true,
            className: 'table__primary',
            cell: (indicator) => (
              <>
                <Link className="table__link" to={indicator.id}>
                  {indicator.name}
                </Link>
                {indicator.status === 'ARCHIVED' ? (
                  <>
                    {' '}
                    <Badge tone="neutral">{t('indicators.archived')}</Badge>
                  </>
                ) : null}
                <span className="table__secondary">{[indicator.code, t(`indicators.directions.${indicator.direction}`), indicator.unit].filter(Boolean).join(' · ')}</span>
                {otherGoals(indicator, goal).length > 0 ? (
                  <span className="table__secondary">{t('indicators.list.alsoGoals', { goals: otherGoals(indicator, goal).map((g) => g.title).join(' · ') })}</span>
                ) : null}
              </>
            ),
          },
          {
            key: 'status',
            header: t('indicators.list.columns.status'),
            cell: (indicator) => {
              const last = latest(indicator.id);
              return valuesState === 'ready' ? (
                <StatusLight status={targetStatus(indicator.direction, last?.value ?? null, last?.target ?? null, indicator.baselineValue)} />
              ) : (
                <span className="table__secondary">{valuesState === 'pending' ? t('common.loading') : t('indicators.list.statusUnknown')}</span>
              );
            },
          },
          {
            key: 'latest',
            header: t('indicators.list.columns.latest'),
            className: 'table__numeric',
            cell: (indicator) => {
              const last = latest(indicator.id);
              const newer = provisional(indicator.id);
              return (
                <>
                  {last ? (
                    <>
                      {value(last.value, indicator)}
                      <span className="table__secondary">{formatPeriodKey(last.period, format.language)}</span>
                    </>
                  ) : (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{t('indicators.list.noValue')}</span>
                    </>
                  )}
                  {newer ? (
                    <span className="table__secondary">
                      {t('measurement.provisionalValue', {
                        value: value(newer.value, indicator),
                        period: formatPeriodKey(newer.period, format.language),
                        reports: provisionalText(newer.approved, newer.expected),
                      })}
                    </span>
                  ) : null}
                </>
              );
            },
          },
          {
            key: 'target',
            header: t('indicators.list.columns.target'),
            className: 'table__numeric table__optional',
            cell: (indicator) => {
              const last = latest(indicator.id);
              return last?.target !== null && last?.target !== undefined ? value(last.target, indicator) : '–';
            },
          },
          { key: 'frequency', header: t('indicators.list.columns.frequency'), cell: (indicator) => t(`indicators.frequencies.${indicator.frequency}`) },
        ]}
      />
    </section>
  );
}
