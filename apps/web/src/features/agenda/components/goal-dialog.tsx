import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import type { Goal } from '../api/get-goals';
import type { GoalDialogState } from '../utils/goal-form';
import { GoalForm } from './goal-form';

export type { GoalDialogState } from '../utils/goal-form';

export function GoalDialog({
  allianceId,
  goals,
  state,
  onClose,
  onSaved,
}: {
  allianceId: string;
  goals: Goal[];
  state: GoalDialogState | null;
  onClose: () => void;
  /** Called with a sentence for screen readers, e.g. "Ziel „…“ gespeichert." */
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const parent = state?.mode === 'create' && state.parentId ? goals.find((g) => g.id === state.parentId) : undefined;
  const title = !state
    ? ''
    : state.mode === 'edit'
      ? t('agenda.goalDialog.editTitle')
      : parent
        ? t('agenda.goalDialog.createSubTitle')
        : t('agenda.goalDialog.createTitle');
  const description = parent ? t('agenda.goalDialog.createSubDescription', { parent: parent.title }) : undefined;
  return (
    <Dialog open={state !== null} onClose={onClose} title={title} description={description}>
      {state ? (
        <GoalForm
          key={state.mode === 'edit' ? state.goal.id : `new-${state.parentId}`}
          allianceId={allianceId}
          goals={goals}
          state={state}
          onDone={(message) => {
            onSaved(message);
            onClose();
          }}
          onCancel={onClose}
        />
      ) : null}
    </Dialog>
  );
}
