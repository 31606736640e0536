import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { useConflictState } from '@/components/ui/use-conflict-state';
import { Icon } from '@/components/ui/icon';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import type { ActionItemFieldsFragment } from '@/gql/graphql';
import { useCompleteActionItem } from '../api/complete-action-item';
import { logEntryQueryOptions } from '../api/get-log-entry';
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
  const conflict = useConflictState<ActionItemFieldsFragment, 'complete' | 'reopen'>();
  // The item as stored now is read through the entry it came out of (without one, the dialog can only offer to reload).
  const onErrorOf = (attempt: 'complete' | 'reopen') => (error: Error) =>
    isApiError(error, 'CONFLICT')
      ? void conflict.show(
          item.logEntryId ? logEntryQueryOptions(allianceId, item.logEntryId) : null,
          (entry) => entry.actionItems.find((x) => x.id === item.id),
          attempt,
        )
      : undefined;
  const toggle = (attempt: 'complete' | 'reopen', version: number) =>
    (attempt === 'complete' ? complete : reopen).mutate({ actionItemId: item.id, version }, { onError: onErrorOf(attempt) });
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
            <Button size="sm" variant="ghost" onClick={() => toggle('reopen', item.version)} loading={reopen.isPending}>
              {t('communication.actionItems.reopen')} <span className="visually-hidden">– {item.title}</span>
            </Button>
          ) : (
            <Button size="sm" icon="check" onClick={() => toggle('complete', item.version)} loading={complete.isPending}>
              {t('communication.actionItems.complete')} <span className="visually-hidden">– {item.title}</span>
            </Button>
          )}
        </div>
      ) : null}
      <ConflictDialog
        {...conflict.dialog({
          describe: (stored) =>
            stored.done
              ? t('communication.actionItems.doneOn', { date: format.date(stored.doneAt), name: stored.doneBy?.name ?? '–' })
              : t('communication.actionItems.open'),
          // The item shows up in the entry and in "my action items": read both again.
          reload: () => void client.invalidateQueries({ queryKey: communicationKey(allianceId) }),
          // Completing what is still open (or reopening what is still done); otherwise it is done already.
          canReapply: (stored, attempt) => stored.done === (attempt === 'reopen'),
          reapply: (stored, attempt) => toggle(attempt, stored.version),
        })}
      />
    </li>
  );
}
