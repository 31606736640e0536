import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { useSearchParamsUpdate } from '@/lib/use-search-params-update';
import { ACTIVITIES_PAGE_SIZE, useActivities } from '../api/get-activities';
import { useActivityOptions } from '../api/get-activity-options';
import { FILTER_PARAMS, filterFromParams, hasFilter } from '../utils/filters';
import { formatPeriod } from '../utils/period';
import type { ActivityViewer } from '../utils/permissions';
import { ActivityFilters, type FilterValues } from './activity-filters';
import { ActivityStatusBadge } from './activity-status-badge';
import { ObserverNotice } from './observer-notice';

/** The members' activities with filters and pages; observers get an explanation instead. */
export function ActivitiesList({ allianceId, viewer }: { allianceId: string; viewer: ActivityViewer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const [params, updateParams] = useSearchParamsUpdate();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const filterKey = JSON.stringify(filter);
  // Cursors of the pages before the current one; a new filter starts again at page 1.
  const [pages, setPages] = useState<{ key: string; cursors: (string | null)[] }>({ key: filterKey, cursors: [null] });
  const cursors = pages.key === filterKey ? pages.cursors : [null];
  const after = cursors[cursors.length - 1] ?? null;

  const observer = viewer.role === 'OBSERVER';
  const options = useActivityOptions(allianceId, !observer);
  const activities = useActivities(allianceId, filter, after, !observer);

  const values: FilterValues = {
    search: params.get('search') ?? '',
    goal: params.get('goal') ?? '',
    member: params.get('member') ?? '',
    status: params.get('status') ?? '',
    targetGroup: params.get('targetGroup') ?? '',
    district: params.get('district') ?? '',
  };
  const onChange = useCallback(
    (next: Partial<FilterValues>) =>
      updateParams((current) => {
        const out = new URLSearchParams(current);
        for (const [key, value] of Object.entries(next)) {
          if (value) out.set(key, value);
          else out.delete(key);
        }
        return out;
      }),
    [updateParams],
  );
  const onReset = useCallback(
    () =>
      updateParams((current) => {
        const out = new URLSearchParams(current);
        for (const key of FILTER_PARAMS) out.delete(key);
        return out;
      }),
    [updateParams],
  );

  if (observer || isApiError(activities.error, 'FORBIDDEN')) return <ObserverNotice allianceId={allianceId} />;

  const data = activities.data;
  const page = cursors.length;
  const pageCount = data ? Math.max(1, Math.ceil(data.totalCount / ACTIVITIES_PAGE_SIZE)) : 1;

  return (
    <div className="activities">
      <ActivityFilters values={values} options={options.data} onChange={onChange} onReset={onReset} />
      {activities.isPending ? (
        <LoadingState label={t('activities.loading')} />
      ) : activities.isError ? (
        <Alert
          tone="error"
          title={t('activities.loadFailed')}
          actions={
            <Button size="sm" onClick={() => void activities.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {describe(activities.error)}
        </Alert>
      ) : data!.totalCount === 0 ? (
        hasFilter(filter) ? (
          <EmptyState
            icon="activities"
            title={t('activities.list.noMatchTitle')}
            actions={
              <Button size="sm" onClick={onReset}>
                {t('activities.filters.reset')}
              </Button>
            }
          >
            <p>{t('activities.list.noMatchText')}</p>
          </EmptyState>
        ) : (
          <EmptyState icon="activities" title={t('activities.list.emptyTitle')}>
            <p>{t('activities.list.emptyText')}</p>
          </EmptyState>
        )
      ) : (
        <>
          <p className="activities__count" role="status">
            {t('activities.list.count', { count: data!.totalCount })}
          </p>
          <div className="table-wrap" aria-busy={activities.isFetching || undefined}>
            <DataTable
              wrap={false}
              className="activities-table"
              caption={t('activities.list.caption', { count: data!.totalCount })}
              rows={data!.nodes}
              rowKey={(a) => a.id}
              columns={[
                {
                  key: 'title',
                  header: t('activities.list.columns.title'),
                  rowHeader: true,
                  className: 'table__primary',
                  cell: (a) => (
                    <>
                      <Link to={`/a/${allianceId}/activities/${a.id}`}>{a.title}</Link>
                      <span className="table__secondary">
                        {a.organisation.name}
                        {a.membershipId === viewer.membershipId ? (
                          <>
                            {' '}
                            <Badge tone="accent">{t('activities.list.ownOrganisation')}</Badge>
                          </>
                        ) : null}
                      </span>
                    </>
                  ),
                },
                {
                  key: 'goals',
                  header: t('activities.list.columns.goals'),
                  className: 'table__optional',
                  cell: (a) => (
                    <ul className="activities-goal-list">
                      {a.goals.map((g) => (
                        <li key={g.id}>{g.title}</li>
                      ))}
                    </ul>
                  ),
                },
                {
                  key: 'where',
                  header: t('activities.list.columns.where'),
                  cell: (a) => (
                    <>
                      {a.district ?? <span className="muted">{t('activities.list.noDistrict')}</span>}
                      {a.targetGroups.length ? <span className="table__secondary">{a.targetGroups.join(', ')}</span> : null}
                    </>
                  ),
                },
                {
                  key: 'period',
                  header: t('activities.list.columns.period'),
                  cellClassName: 'activities-table__period',
                  cell: (a) => formatPeriod(t, format.date, a.periodStart, a.periodEnd),
                },
                { key: 'status', header: t('activities.list.columns.status'), cell: (a) => <ActivityStatusBadge status={a.status} /> },
              ]}
            />
          </div>
          {pageCount > 1 ? (
            <nav className="activities-pagination" aria-label={t('activities.list.pagination')}>
              <Button size="sm" disabled={page <= 1} onClick={() => setPages({ key: filterKey, cursors: cursors.slice(0, -1) })}>
                {t('activities.list.previous')}
              </Button>
              <span className="activities-pagination__status">{t('activities.list.pageOf', { page, pages: pageCount })}</span>
              <Button
                size="sm"
                disabled={!data!.pageInfo.hasNextPage || activities.isPlaceholderData}
                onClick={() => setPages({ key: filterKey, cursors: [...cursors, data!.pageInfo.endCursor ?? null] })}
              >
                {t('activities.list.next')}
              </Button>
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
