import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useSearchParamsUpdate } from '@/lib/use-search-params-update';
import { useAuditEvents } from '../api/get-audit-events';
import { useAuditFacets } from '../api/get-audit-facets';
import { filterFromParams, isFiltered, paramsWithFilter, toApiFilter, type TrailFilter } from '../utils/filters';
import { AuditEventItem } from './audit-event-item';
import { AuditFilters } from './audit-filters';

/** The backbone's audit trail: who changed what and when, newest first, filtered through the URL. */
export function AuditTrailPage({ allianceId, role }: { allianceId: string; role: string }) {
  const { t } = useTranslation();
  if (role !== 'BACKBONE') {
    return (
      <div className="page page--narrow">
        <PageHeader title={t('audit.title')} />
        <Alert tone="info" title={t('audit.backboneOnlyTitle')}>
          {t('audit.backboneOnly')}
        </Alert>
      </div>
    );
  }
  return <Trail allianceId={allianceId} />;
}

function Trail({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const [params, update] = useSearchParamsUpdate();
  const filter = filterFromParams(params);
  const apiFilter = useMemo(() => toApiFilter(filter), [params]); // eslint-disable-line react-hooks/exhaustive-deps
  const change = useCallback((c: Partial<TrailFilter>) => update((current) => paramsWithFilter(current, { ...filterFromParams(current), ...c })), [update]);
  const events = useAuditEvents(allianceId, apiFilter);
  const facets = useAuditFacets(allianceId);
  const first = events.data?.pages[0];
  const nodes = events.data?.pages.flatMap((p) => p.nodes) ?? [];

  return (
    <div className="page audit">
      <PageHeader eyebrow={t('audit.eyebrow')} title={t('audit.title')} description={t('audit.description')} />
      <AuditFilters filter={filter} onChange={change} facets={facets.data} />
      {events.isPending ? (
        <LoadingState />
      ) : events.isError ? (
        <Alert tone="error" title={t('audit.loadFailed')}>
          {describe(events.error)}
        </Alert>
      ) : nodes.length === 0 ? (
        <EmptyState icon="audit" title={t('audit.empty')}>
          {isFiltered(filter) ? t('audit.emptyFiltered') : null}
        </EmptyState>
      ) : (
        <>
          <p className="audit__count" aria-live="polite">
            {first?.totalCountCapped
              ? t('audit.countCapped')
              : t('audit.count', { count: first?.totalCount ?? 0, formattedCount: format.number(first?.totalCount ?? 0) })}
          </p>
          <ol className="audit__list">
            {nodes.map((event) => (
              <AuditEventItem
                key={event.id}
                event={event}
                onShowObject={(entityType, entityId) => change({ entityType, entityId, action: '', actorUserId: '' })}
              />
            ))}
          </ol>
          {events.hasNextPage ? (
            <div className="audit__more">
              <Button onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
                {t('audit.loadMore')}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
