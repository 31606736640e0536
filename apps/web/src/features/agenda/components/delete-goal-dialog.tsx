import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { Dialog } from '@/components/ui/dialog';
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
      <Dialog
        open={goal !== null}
        onClose={close}
        role="alertdialog"
        title={t('agenda.deleteDialog.title')}
        description={goal ? t('agenda.deleteDialog.description', { title: goal.title }) : undefined}
        footer={
          <>
            <Button variant="ghost" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              variant="danger"
              loading={remove.isPending}
              onClick={() =>
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
              {t('agenda.deleteDialog.confirm')}
            </Button>
          </>
        }
      >
        {remove.isError ? (
          <Alert tone="error" title={t('agenda.deleteDialog.failed')}>
            {describe(remove.error)}
          </Alert>
        ) : (
          <p>{t('agenda.deleteDialog.hint')}</p>
        )}
      </Dialog>
      <ConflictDialog open={conflict} onClose={() => setConflict(false)} onReload={() => setConflict(false)} />
    </>
  );
}
