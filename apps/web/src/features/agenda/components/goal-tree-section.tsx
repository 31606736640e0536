import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { useConflictState } from '@/components/ui/use-conflict-state';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { goalsQueryOptions, useGoals, type Goal } from '../api/get-goals';
import { useMoveGoal } from '../api/move-goal';
import { buildGoalTree, placeAfterMove, type GoalMove } from '../utils/goal-tree';
import { useDescribeGoal } from './use-describe-goal';
import { DeleteGoalDialog } from './delete-goal-dialog';
import { GoalDialog, type GoalDialogState } from './goal-dialog';
import { GoalItem } from './goal-item';

/** The goal tree; the backbone adds, edits, moves and deletes goals, everyone else reads. */
export function GoalTreeSection({ allianceId, editable }: { allianceId: string; editable: boolean }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const goals = useGoals(allianceId);
  const move = useMoveGoal(allianceId);
  const [dialog, setDialog] = useState<GoalDialogState | null>(null);
  const [deleting, setDeleting] = useState<Goal | null>(null);
  const moveConflict = useConflictState<Goal, { kind: GoalMove; control: string }>();
  const describeGoal = useDescribeGoal();
  const [announcement, setAnnouncement] = useState('');
  // After a move the row is re-rendered elsewhere: keep keyboard users on the control they used.
  const focusAfterMove = useRef<{ goalId: string; control: string } | null>(null);
  const tree = useMemo(() => buildGoalTree(goals.data ?? []), [goals.data]);

  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target || move.isPending) return;
    focusAfterMove.current = null;
    const find = (control: string) => {
      const marked = document.querySelector<HTMLElement>(`[data-goal-control="${target.goalId}:${control}"]`);
      const button = marked?.matches('button') ? marked : marked?.querySelector<HTMLButtonElement>('button');
      return button && !(button as HTMLButtonElement).disabled ? button : null;
    };
    (find(target.control) ?? find('edit'))?.focus();
  }, [goals.data, move.isPending]);

  const onMove = (goal: Goal, kind: GoalMove, control: string = kind) => {
    const place = placeAfterMove(goals.data ?? [], goal, kind);
    if (!place) return;
    focusAfterMove.current = { goalId: goal.id, control };
    setAnnouncement('');
    move.reset();
    move.mutate(
      { goalId: goal.id, version: goal.version, ...place },
      {
        onSuccess: () => setAnnouncement(t('agenda.goals.moved', { title: goal.title })),
        onError: (error) =>
          isApiError(error, 'CONFLICT')
            ? void moveConflict.show(goalsQueryOptions(allianceId), (list) => list.find((g) => g.id === goal.id), { kind, control })
            : undefined,
      },
    );
  };

  return (
    <section className="agenda-section" aria-labelledby="agenda-goals-heading">
      <div className="agenda-section__header">
        <div>
          <h2 id="agenda-goals-heading" className="agenda-section__title">
            {t('agenda.goals.heading')}
          </h2>
          <p className="agenda-section__description">{editable ? t('agenda.goals.descriptionBackbone') : t('agenda.goals.description')}</p>
        </div>
        {editable && goals.isSuccess ? (
          <Button variant="primary" icon="plus" onClick={() => setDialog({ mode: 'create', parentId: null })}>
            {t('agenda.goals.add')}
          </Button>
        ) : null}
      </div>

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {move.isError && !isApiError(move.error, 'CONFLICT') ? (
        <Alert tone="error" title={t('agenda.goals.moveFailed')}>
          {describe(move.error)}
        </Alert>
      ) : null}

      {goals.isPending ? (
        <LoadingState label={t('agenda.goals.loading')} />
      ) : goals.isError ? (
        <Alert
          tone="error"
          title={t('agenda.goals.loadFailed')}
          actions={
            <Button size="sm" onClick={() => void goals.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {describe(goals.error)}
        </Alert>
      ) : tree.length === 0 ? (
        <EmptyState icon="agenda" title={t('agenda.goals.emptyTitle')}>
          <p>{editable ? t('agenda.goals.emptyTextBackbone') : t('agenda.goals.emptyText')}</p>
        </EmptyState>
      ) : (
        <ol className="goal-tree" aria-label={t('agenda.goals.treeLabel')}>
          {tree.map((node, index) => (
            <GoalItem
              key={node.goal.id}
              node={node}
              first={index === 0}
              last={index === tree.length - 1}
              editable={editable}
              busy={move.isPending}
              onMove={onMove}
              onEdit={(goal) => setDialog({ mode: 'edit', goal })}
              onAddSub={(goal) => setDialog({ mode: 'create', parentId: goal.id })}
              onDelete={setDeleting}
            />
          ))}
        </ol>
      )}

      {editable ? (
        <>
          <GoalDialog allianceId={allianceId} goals={goals.data ?? []} state={dialog} onClose={() => setDialog(null)} onSaved={setAnnouncement} />
          <DeleteGoalDialog allianceId={allianceId} goal={deleting} onClose={() => setDeleting(null)} onDeleted={setAnnouncement} />
          <ConflictDialog
            {...moveConflict.dialog({
              describe: (goal) => describeGoal(goal, goals.data ?? []),
              reload: () => {
                move.reset();
                void goals.refetch();
              },
              // The same step from where the goal stands now (the tree behind the dialog is the newer one already).
              canReapply: (goal, { kind }) => placeAfterMove(goals.data ?? [], goal, kind) !== null,
              reapply: (goal, { kind, control }) => onMove(goal, kind, control),
            })}
          />
        </>
      ) : null}
    </section>
  );
}
