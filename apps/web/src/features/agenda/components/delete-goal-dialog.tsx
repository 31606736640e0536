import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { useConflictState } from '@/components/ui/use-conflict-state';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useDeleteGoal } from '../api/delete-goal';
import { goalsQueryOptions, type Goal } from '../api/get-goals';
import { useDescribeGoal } from './use-describe-goal';

/** Asks before deleting; a goal in use is refused by the API, and the dialog says what to do instead. */
export function DeleteGoalDialog({
  allianceId,
  goal,
  onClose,
  onDeleted,
}: {
  allianceId: string;
  goal: Goal | null;
  onClose: () => void;
  onDeleted: (message: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const remove = useDeleteGoal(allianceId);
  const conflict = useConflictState<{ goal: Goal; goals: Goal[] }>();
  const describeGoal = useDescribeGoal();
  const close = () => {
    remove.reset();
    onClose();
  };

  return (
    <>
      <ConfirmDialog
        open={goal !== null}
        onClose={close}
        title={t('agenda.deleteDialog.title')}
        description={goal ? t('agenda.deleteDialog.description', { title: goal.title }) : undefined}
        confirmLabel={t('agenda.deleteDialog.confirm')}
        pending={remove.isPending}
        onConfirm={() =>
          goal &&
          remove.mutate(
            { goalId: goal.id, version: goal.version },
            {
              onSuccess: () => {
                onDeleted(t('agenda.deleteDialog.deleted', { title: goal.title }));
                close();
              },
              onError: (error) => {
                if (!isApiError(error, 'CONFLICT')) return;
                close();
                void conflict.show(
                  goalsQueryOptions(allianceId),
                  (goals) => {
                    const stored = goals.find((g) => g.id === goal.id);
                    return stored && { goal: stored, goals };
                  },
                  undefined,
                );
              },
            },
          )
        }
      >
        {remove.isError ? (
          <Alert tone="error" title={t('agenda.deleteDialog.failed')}>
            {describe(remove.error)}
          </Alert>
        ) : (
          <p>{t('agenda.deleteDialog.hint')}</p>
        )}
      </ConfirmDialog>
      {/* Reload only: deleting is final, so the user decides again on the goal as it is now. */}
      <ConflictDialog {...conflict.dialog({ describe: ({ goal, goals }) => describeGoal(goal, goals) })} />
    </>
  );
}
