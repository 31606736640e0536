import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { Icon } from '@/components/ui/icon';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import type { ActionItemFieldsFragment } from '@/gql/graphql';
import { useCompleteActionItem } from '../api/complete-action-item';
import { communicationKey } from '../api/keys';
import { useReopenActionItem } from '../api/reopen-action-item';
import { logPath } from '../utils/paths';
import { daysBetween, today } from '../utils/timeline';
import { canToggleActionItem, type LogViewer } from '../utils/viewer';

/** Due date in words; overdue items say so in text (and with an icon), not by colour alone. */
export function DueDate({ item }: { item: ActionItemFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!item.dueOn) return <span className="muted">{t('communication.actionItems.noDue')}</span>;
  if (item.overdue)
    return (
      <span className="due due--overdue">
        <Icon name="alert" size={14} /> {t('communication.actionItems.overdue', { date: format.date(item.dueOn), count: daysBetween(item.dueOn, today()) })}
      </span>
    );
  return <span className="due">{t('communication.actionItems.dueOn', { date: format.date(item.dueOn) })}</span>;
}

/** One action item with its owner, due date, state and the complete/reopen button where allowed. */
export function ActionItemRow({
  allianceId,
  item,
  viewer,
  showEntry = false,
}: {
  allianceId: string;
  item: ActionItemFieldsFragment;
  viewer: LogViewer;
  showEntry?: boolean;
}) {
  const client = useQueryClient();
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const complete = useCompleteActionItem(allianceId);
  const reopen = useReopenActionItem(allianceId);
  const [conflict, setConflict] = useState(false);
  const onError = (error: Error) => (isApiError(error, 'CONFLICT') ? setConflict(true) : undefined);
  const failed = [complete, reopen].find((m) => m.isError && !isApiError(m.error, 'CONFLICT'));
  const mayToggle = canToggleActionItem(viewer, item.owner.membershipId);

  return (
    <li className={`action-item${item.done ? ' action-item--done' : ''}`}>
      <div className="action-item__main">
        <p className="action-item__title">
          {item.done ? <Badge tone="success">{t('communication.actionItems.done')}</Badge> : <Badge tone="info">{t('communication.actionItems.open')}</Badge>}{' '}
          {item.title}
        </p>
        <p className="action-item__meta">
          <span>
            {t('communication.actionItems.ownerIs', { owner: item.owner.organisation.name })}
            {item.ownerUser ? ` (${item.ownerUser.name})` : ''}
          </span>
          {item.done ? (
            <span>{t('communication.actionItems.doneOn', { date: format.date(item.doneAt), name: item.doneBy?.name ?? '–' })}</span>
          ) : (
            <DueDate item={item} />
          )}
          {showEntry && item.logEntryId && item.logEntryTitle ? (
            <span>
              {t('communication.actionItems.from')} <Link to={logPath(allianceId, item.logEntryId)}>{item.logEntryTitle}</Link>
            </span>
          ) : null}
        </p>
        {failed ? (
          <p className="field__error" role="alert">
            {describe(failed.error)}
          </p>
        ) : null}
      </div>
      {mayToggle ? (
        <div className="action-item__actions">
          {item.done ? (
            <Button size="sm" variant="ghost" onClick={() => reopen.mutate({ actionItemId: item.id, version: item.version }, { onError })} loading={reopen.isPending}>
              {t('communication.actionItems.reopen')}{' '}
              <span className="visually-hidden">– {item.title}</span>
            </Button>
          ) : (
            <Button size="sm" icon="check" onClick={() => complete.mutate({ actionItemId: item.id, version: item.version }, { onError })} loading={complete.isPending}>
              {t('communication.actionItems.complete')}{' '}
              <span className="visually-hidden">– {item.title}</span>
            </Button>
          )}
        </div>
      ) : null}
      <ConflictDialog
        open={conflict}
        onClose={() => setConflict(false)}
        onReload={() => {
          setConflict(false);
          // The item shows up in the entry and in "my action items": read both again.
          void client.invalidateQueries({ queryKey: communicationKey(allianceId) });
        }}
      />
    </li>
  );
}
