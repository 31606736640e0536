import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { createActionItem } from '../api/create-action-item';
import { useCreateLogEntry } from '../api/create-log-entry';
import { useLogContext } from '../api/get-log-context';
import { logPath } from '../utils/paths';
import { today } from '../utils/timeline';
import { actionItemOwners, canWrite, type LogViewer } from '../utils/viewer';
import { ActionItemRows, draftProblems, type ActionItemDraft } from './action-item-rows';
import { LogEntryFields, writableTypes, type LogEntryValues } from './log-entry-form';

/** Navigation state of the entry page after creating: how many action items could not be saved. */
export interface CreatedState {
  failedActionItems?: number;
}

/** A new log entry, with the action items it brings (written one after another once the entry exists). */
export function NewLogEntry({ allianceId, viewer }: { allianceId: string; viewer: LogViewer }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const context = useLogContext(allianceId);
  const create = useCreateLogEntry(allianceId);
  const [values, setValues] = useState<LogEntryValues>({
    type: 'MEETING',
    title: '',
    occurredOn: today(),
    body: '',
    participantMembershipIds: [],
    goalIds: [],
    indicatorIds: [],
  });
  const [drafts, setDrafts] = useState<ActionItemDraft[]>([]);
  const [tried, setTried] = useState(false);
  const [savingItems, setSavingItems] = useState(false);
  const keys = useRef(0);

  const header = <PageHeader eyebrow={t('communication.title')} title={t('communication.new.title')} description={t('communication.new.description')} />;

  if (!canWrite(viewer))
    return (
      <div className="page page--narrow">
        {header}
        <Alert tone="info">{t('communication.new.notAllowed')}</Alert>
      </div>
    );
  if (context.isPending)
    return (
      <div className="page page--narrow">
        {header}
        <LoadingState />
      </div>
    );
  if (context.isError)
    return (
      <div className="page page--narrow">
        {header}
        <Alert
          tone="error"
          title={t('communication.loadFailed')}
          actions={
            <Button size="sm" onClick={() => void context.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {describe(context.error)}
        </Alert>
      </div>
    );

  const owners = actionItemOwners(viewer, context.data.members, viewer.membershipId);
  const withActionItems = values.type !== 'ANNOUNCEMENT';

  const submit = () => {
    setTried(true);
    const items = withActionItems ? drafts : [];
    if (items.some((d) => draftProblems(d).title || draftProblems(d).due)) return;
    create.mutate(
      {
        type: values.type,
        title: values.title.trim(),
        occurredOn: values.occurredOn!,
        body: values.body.trim() || undefined,
        participantMembershipIds: values.participantMembershipIds,
        goalIds: values.goalIds,
        indicatorIds: values.indicatorIds,
      },
      {
        onSuccess: async (entry) => {
          setSavingItems(true);
          let failed = 0;
          for (const d of items) {
            try {
              await createActionItem(allianceId, { logEntryId: entry.id, title: d.title.trim(), ownerMembershipId: d.ownerMembershipId, dueOn: d.dueOn });
            } catch {
              failed += 1;
            }
          }
          const state: CreatedState = { failedActionItems: failed };
          void navigate(logPath(allianceId, entry.id), { state });
        },
      },
    );
  };

  return (
    <div className="page page--narrow">
      {header}
      <div className="card">
        <LogEntryFields
          viewer={viewer}
          context={context.data}
          values={values}
          onChange={setValues}
          typeFixed={writableTypes(viewer).length < 2}
          error={create.error}
          submitting={create.isPending || savingItems}
          submitLabel={t('communication.new.submit')}
          onCancel={() => void navigate(logPath(allianceId))}
          onSubmit={submit}
          onAttempt={() => setTried(true)}
          extra={
            withActionItems ? (
              <ActionItemRows
                drafts={drafts}
                onChange={setDrafts}
                owners={owners}
                tried={tried}
                nextKey={() => ++keys.current}
                defaultOwnerId={viewer.membershipId}
              />
            ) : null
          }
        />
      </div>
    </div>
  );
}
