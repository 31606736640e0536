import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/spinner';
import type { MembershipRole } from '@/gql/graphql';
import { useErrorMessage } from '@/lib/errors';
import { useGoalOptions } from '../api/get-goal-options';
import { useIndicators } from '../api/get-indicators';
import { useIndicatorSeries } from '../api/get-indicator-series';
import { groupByGoal } from '../utils/grouping';
import { chartRange } from '../utils/periods';
import { latestValue, provisionalValue, totalsByIndicator } from '../utils/series';
import { IndicatorGroupTable } from './indicator-group-table';

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
      <Alert
        tone="error"
        title={t('indicators.list.loadFailed')}
        actions={
          <Button size="sm" onClick={() => void indicators.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
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
