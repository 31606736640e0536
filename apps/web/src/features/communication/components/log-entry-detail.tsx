import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { useLogContext } from '../api/get-log-context';
import { useLogEntry, type LogEntryDetail as Entry } from '../api/get-log-entry';
import { useUpdateLogEntry } from '../api/update-log-entry';
import { logPath } from '../utils/paths';
import type { LogViewer } from '../utils/viewer';
import { ActionItemsSection } from './action-items-section';
import { CommentsSection } from './comments-section';
import { ConflictPanel } from './conflict-panel';
import { DetailFailed, DetailLoading } from './detail-fallback';
import { ConflictStateBadge, EntryType } from './entry-type';
import { LogEntryFields, type LogEntryValues } from './log-entry-form';
import type { CreatedState } from './new-log-entry';

const valuesOf = (entry: Entry): LogEntryValues => ({
  type: entry.type,
  title: entry.title,
  occurredOn: entry.occurredOn,
  body: entry.body,
  participantMembershipIds: entry.participants.map((p) => p.membershipId),
  goalIds: entry.goals.map((g) => g.id),
  indicatorIds: entry.indicators.map((i) => i.id),
});

/** One log entry: what happened, the conflict's state, action items and comments; editing in place. */
export function LogEntryDetail({ allianceId, entryId, viewer }: { allianceId: string; entryId: string; viewer: LogViewer }) {
  const { t } = useTranslation();
  const entry = useLogEntry(allianceId, entryId);
  const created = (useLocation().state ?? {}) as CreatedState;
  const [editing, setEditing] = useState(false);

  const back = (
    <Link to={logPath(allianceId)} className="back-link">
      {t('communication.backToLog')}
    </Link>
  );

  if (entry.isPending) return <DetailLoading back={back} label={t('communication.loadingEntry')} />;
  if (entry.isError) {
    const missing = isApiError(entry.error, 'NOT_FOUND') || isApiError(entry.error, 'VALIDATION_FAILED');
    return (
      <DetailFailed
        back={back}
        error={entry.error}
        missing={missing}
        title={missing ? t('communication.entryNotFound') : t('communication.loadFailed')}
        onRetry={() => void entry.refetch()}
      />
    );
  }

  const data = entry.data;
  return (
    <div className="page page--narrow log-detail">
      {back}
      <PageHeader
        eyebrow={
          <span className="log-detail__eyebrow">
            <EntryType type={data.type} />
            {data.conflictState ? <ConflictStateBadge state={data.conflictState} /> : null}
          </span>
        }
        title={data.title}
        actions={
          data.canEdit && !editing ? (
            <Button icon="edit" onClick={() => setEditing(true)}>
              {t('communication.edit.open')}
            </Button>
          ) : undefined
        }
      />
      {created.failedActionItems ? <Alert tone="warning">{t('communication.new.actionItemsFailed', { count: created.failedActionItems })}</Alert> : null}
      {editing ? (
        <EditEntry allianceId={allianceId} entry={data} viewer={viewer} onDone={() => setEditing(false)} refetch={entry.refetch} />
      ) : (
        <EntryFacts allianceId={allianceId} entry={data} />
      )}
      {data.type === 'CONFLICT' ? <ConflictPanel allianceId={allianceId} entry={data} refetch={() => void entry.refetch()} /> : null}
      <ActionItemsSection allianceId={allianceId} entry={data} viewer={viewer} />
      <CommentsSection allianceId={allianceId} entry={data} viewer={viewer} />
    </div>
  );
}

function EntryFacts({ allianceId, entry }: { allianceId: string; entry: Entry }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card log-facts" aria-label={t('communication.detail.about')}>
      <dl className="log-facts__list">
        <div>
          <dt>{t(`communication.form.date.${entry.type}`)}</dt>
          <dd>
            <time dateTime={entry.occurredOn}>{format.date(entry.occurredOn)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('communication.detail.author')}</dt>
          <dd>
            {entry.authorMember.organisation.name}
            {entry.authorUser ? ` · ${entry.authorUser.name}` : ''}
          </dd>
        </div>
        {entry.participants.length ? (
          <div>
            <dt>{t('communication.form.participants')}</dt>
            <dd>{entry.participants.map((p) => p.organisation.name).join(', ')}</dd>
          </div>
        ) : null}
        {entry.goals.length ? (
          <div>
            <dt>{t('communication.form.goals')}</dt>
            <dd>{entry.goals.map((g) => g.title).join(', ')}</dd>
          </div>
        ) : null}
        {entry.indicators.length ? (
          <div>
            <dt>{t('communication.form.indicators')}</dt>
            <dd>{entry.indicators.map((i) => i.name).join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      {entry.body ? <p className="prose log-facts__body">{entry.body}</p> : <p className="muted">{t('communication.detail.noText')}</p>}
      {entry.proposalId ? (
        <div>
          <ButtonLink to={logPath(allianceId, 'proposals', entry.proposalId)} size="sm" icon="arrowRight">
            {t('communication.detail.toProposal')}
          </ButtonLink>
        </div>
      ) : null}
    </section>
  );
}

function EditEntry({
  allianceId,
  entry,
  viewer,
  onDone,
  refetch,
}: {
  allianceId: string;
  entry: Entry;
  viewer: LogViewer;
  onDone: () => void;
  refetch: () => Promise<{ data?: Entry }>;
}) {
  const { t } = useTranslation();
  const context = useLogContext(allianceId);
  const update = useUpdateLogEntry(allianceId);
  const [values, setValues] = useState(() => valuesOf(entry));
  const [conflict, setConflict] = useState<Entry | null>(null);

  const save = (version: number) =>
    update.mutate(
      {
        logEntryId: entry.id,
        version,
        title: values.title.trim(),
        occurredOn: values.occurredOn,
        body: values.body.trim(),
        participantMembershipIds: values.participantMembershipIds,
        goalIds: values.goalIds,
        indicatorIds: values.indicatorIds,
      },
      {
        onSuccess: onDone,
        onError: async (error) => {
          if (!isApiError(error, 'CONFLICT')) return;
          const fresh = await refetch();
          setConflict(fresh.data ?? entry);
        },
      },
    );

  if (context.isPending) return <LoadingState />;
  if (context.isError) return <Alert tone="error">{t('communication.loadFailed')}</Alert>;

  return (
    <section className="card" aria-label={t('communication.edit.title')}>
      <LogEntryFields
        viewer={viewer}
        context={context.data}
        values={values}
        onChange={setValues}
        typeFixed
        error={update.isError && !isApiError(update.error, 'CONFLICT') ? update.error : null}
        submitting={update.isPending}
        submitLabel={t('communication.edit.submit')}
        onCancel={onDone}
        onSubmit={() => save(entry.version)}
      />
      <ConflictDialog
        open={conflict !== null}
        onClose={() => setConflict(null)}
        onReload={() => {
          setConflict(null);
          onDone();
        }}
        onReapply={() => {
          const version = conflict!.version;
          setConflict(null);
          save(version);
        }}
        current={conflict ? <EntrySummary title={conflict.title} body={conflict.body} /> : undefined}
        mine={<EntrySummary title={values.title} body={values.body} />}
      />
    </section>
  );
}

function EntrySummary({ title, body }: { title: string; body: string }) {
  return (
    <>
      <strong>{title}</strong>
      {body ? <span className="log-summary__body">{body}</span> : null}
    </>
  );
}
