import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Icon } from '@/components/ui/icon';
import { PageHeader } from '@/components/ui/page-header';
import { ExportMenu } from '@/components/ui/export-menu';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { useSearchParamsUpdate } from '@/lib/use-search-params-update';
import { useLogContext } from '../api/get-log-context';
import { useLogFeed, type LogEntry } from '../api/get-log-feed';
import { logPath } from '../utils/paths';
import { EMPTY_FILTER, filterFromParams, isFiltered, serverFilter, withFilter, type TimelineFilter } from '../utils/filters';
import { formatLongDay, groupByDay } from '../utils/timeline';
import { canReadProposals, canWrite, type LogViewer } from '../utils/viewer';
import { ConflictStateBadge, EntryType } from './entry-type';
import { LoadMore } from './load-more';
import { LogFilters } from './log-filters';
import { ConditionEyebrow } from '@/components/help/condition-eyebrow';

/** The communication log: filters, entries grouped by day (newest first), and older pages on demand. */
export function LogTimeline({ allianceId, viewer }: { allianceId: string; viewer: LogViewer }) {
  const { t } = useTranslation();
  const [params, updateParams] = useSearchParamsUpdate();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const setFilter = useCallback((change: Partial<TimelineFilter>) => updateParams((current) => withFilter(current, change)), [updateParams]);
  const server = useMemo(() => serverFilter(filter), [filter]);
  const context = useLogContext(allianceId);
  const feed = useLogFeed(allianceId, server);

  return (
    <div className="page log">
      <PageHeader
        eyebrow={<ConditionEyebrow text={t('communication.eyebrow')} />}
        title={t('communication.title')}
        description={t('communication.description')}
        actions={
          <>
            <ExportMenu allianceId={allianceId} list="log" what={t('communication.title')} />
            {canWrite(viewer) ? (
              <ButtonLink to={logPath(allianceId, 'new')} variant="primary" icon="plus">
                {t('communication.newEntry')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <LogSubnav allianceId={allianceId} viewer={viewer} />
      <LogFilters filter={filter} onChange={setFilter} context={context.data} />
      <section className="section" aria-labelledby="log-entries-title">
        <h2 id="log-entries-title" className="visually-hidden">
          {t('communication.entriesHeading')}
        </h2>
        <FeedResults allianceId={allianceId} feed={feed} filtered={isFiltered(filter)} onReset={() => setFilter(EMPTY_FILTER)} />
      </section>
    </div>
  );
}

/** Links between the log's three pages; shown on each of them, the current one marked. */
export function LogSubnav({ allianceId, viewer }: { allianceId: string; viewer: LogViewer }) {
  const { t } = useTranslation();
  const link = ({ isActive }: { isActive: boolean }) => `log-subnav__link${isActive ? ' log-subnav__link--active' : ''}`;
  return (
    <nav className="log-subnav" aria-label={t('communication.subnav.label')}>
      <NavLink to={logPath(allianceId)} end className={link}>
        <Icon name="log" size={16} /> {t('communication.subnav.timeline')}
      </NavLink>
      {canReadProposals(viewer) ? (
        <NavLink to={logPath(allianceId, 'proposals')} className={link}>
          <Icon name="review" size={16} /> {t('communication.subnav.proposals')}
        </NavLink>
      ) : null}
      <NavLink to={logPath(allianceId, 'action-items')} className={link}>
        <Icon name="check" size={16} /> {t('communication.subnav.actionItems')}
      </NavLink>
    </nav>
  );
}

function FeedResults({
  allianceId,
  feed,
  filtered,
  onReset,
}: {
  allianceId: string;
  feed: ReturnType<typeof useLogFeed>;
  filtered: boolean;
  onReset: () => void;
}) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const loaded = useMemo(() => feed.data?.pages.flatMap((p) => p.nodes) ?? [], [feed.data]);

  if (feed.isPending) return <LoadingState label={t('communication.loading')} />;
  if (feed.isError) {
    if (isApiError(feed.error, 'FORBIDDEN'))
      return (
        <Alert tone="info" title={t('communication.closedTitle')}>
          {t('communication.closedText')}
        </Alert>
      );
    return (
      <Alert
        tone="error"
        title={t('communication.loadFailed')}
        actions={
          <Button size="sm" onClick={() => void feed.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {describe(feed.error)}
      </Alert>
    );
  }

  const total = feed.data.pages[0]?.totalCount ?? 0;
  const groups = groupByDay(loaded);

  return (
    <>
      <p className="log-count" role="status">
        {t('communication.count', { count: total })}
      </p>
      {loaded.length === 0 ? (
        filtered ? (
          <EmptyState
            icon="log"
            title={t('communication.emptyFilteredTitle')}
            actions={
              <Button size="sm" onClick={onReset}>
                {t('communication.filters.reset')}
              </Button>
            }
          >
            {t('communication.emptyFilteredText')}
          </EmptyState>
        ) : (
          <EmptyState icon="log" title={t('communication.emptyTitle')}>
            {t('communication.emptyText')}
          </EmptyState>
        )
      ) : (
        <ol className="log-days">
          {groups.map((group) => (
            <li key={group.day} className="log-day">
              <h3 className="log-day__title">
                <Icon name="calendar" size={16} />
                <time dateTime={group.day}>{formatLongDay(group.day, i18n.language)}</time>
              </h3>
              <ul className="log-day__entries">
                {group.entries.map((entry) => (
                  <li key={entry.id}>
                    <EntryCard allianceId={allianceId} entry={entry} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {feed.hasNextPage ? (
        <LoadMore query={feed} label={t('communication.loadMore')} />
      ) : loaded.length > 0 ? (
        <p className="log-more muted">{t('communication.allLoaded')}</p>
      ) : null}
    </>
  );
}

function EntryCard({ allianceId, entry }: { allianceId: string; entry: LogEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <article className={`log-entry log-entry--${entry.type.toLowerCase()}`} aria-labelledby={`entry-${entry.id}`}>
      <div className="log-entry__head">
        <EntryType type={entry.type} />
        {entry.conflictState ? <ConflictStateBadge state={entry.conflictState} /> : null}
      </div>
      <h4 className="log-entry__title" id={`entry-${entry.id}`}>
        <Link to={logPath(allianceId, entry.id)}>{entry.title}</Link>
      </h4>
      <p className="log-entry__meta">
        {t('communication.byLine', { organisation: entry.authorMember.organisation.name, date: format.date(entry.occurredOn) })}
        {entry.authorUser ? ` · ${entry.authorUser.name}` : ''}
      </p>
      {entry.body ? <p className="log-entry__body">{entry.body}</p> : null}
      <div className="log-entry__facts">
        <span>
          <Icon name="log" size={14} /> {t('communication.comments', { count: entry.commentCount })}
        </span>
        {entry.openActionItemCount > 0 ? (
          <span>
            <Icon name="check" size={14} /> {t('communication.openActionItems', { count: entry.openActionItemCount })}
          </span>
        ) : null}
        {entry.goals.map((g) => (
          <Badge key={g.id} tone="neutral" wrap>
            {g.title}
          </Badge>
        ))}
      </div>
    </article>
  );
}
