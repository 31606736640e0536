import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useDeleteGoal } from '../api/delete-goal';
import type { Goal } from '../api/get-goals';

/** Asks before deleting; a goal in use is refused by the API, and the dialog says what to do instead. */
export function DeleteGoalDialog({ allianceId, goal, onClose, onDeleted }: { allianceId: string; goal: Goal | null; onClose: () => void; onDeleted: (message: string) => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const remove = useDeleteGoal(allianceId);
  const [conflict, setConflict] = useState(false);
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
                setConflict(true);
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
      <ConflictDialog open={conflict} onClose={() => setConflict(false)} onReload={() => setConflict(false)} />
    </>
  );
}
