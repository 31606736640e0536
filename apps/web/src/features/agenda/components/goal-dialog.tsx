import { GOAL_STATUSES } from '@gemeinwerk/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { DateField } from '@/components/ui/locale-inputs';
import type { GoalStatus } from '@/gql/graphql';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useCreateGoal } from '../api/create-goal';
import { useGoalOwners } from '../api/get-goal-owners';
import type { Goal } from '../api/get-goals';
import { useUpdateGoal, type UpdateGoalVariables } from '../api/update-goal';
import { parentCandidates } from '../utils/goal-tree';

export type GoalDialogState = { mode: 'create'; parentId: string | null } | { mode: 'edit'; goal: Goal };

const TOP = '';
/** A place past any sibling list (the API's largest): the API appends the goal. */
const APPEND = 100_000;

interface Values {
  title: string;
  description: string;
  status: GoalStatus;
  ownerMembershipId: string;
  parentId: string;
  periodStart: string | null;
  periodEnd: string | null;
}

function initialValues(state: GoalDialogState): Values {
  if (state.mode === 'create')
    return { title: '', description: '', status: 'PLANNED', ownerMembershipId: '', parentId: state.parentId ?? TOP, periodStart: null, periodEnd: null };
  const { goal } = state;
  return {
    title: goal.title,
    description: goal.description,
    status: goal.status,
    ownerMembershipId: goal.ownerMembershipId ?? '',
    parentId: goal.parentId ?? TOP,
    periodStart: goal.periodStart ?? null,
    periodEnd: goal.periodEnd ?? null,
  };
}

/** Only what changed, so that an edit never overwrites fields with what the dialog happened to show. */
function goalChanges(goal: Goal, values: Values): Omit<UpdateGoalVariables, 'goalId' | 'version'> {
  const before = initialValues({ mode: 'edit', goal });
  const changes: Omit<UpdateGoalVariables, 'goalId' | 'version'> = {};
  if (values.title.trim() !== before.title) changes.title = values.title.trim();
  if (values.description.trim() !== before.description) changes.description = values.description.trim();
  if (values.status !== before.status) changes.status = values.status;
  if (values.ownerMembershipId !== before.ownerMembershipId) changes.ownerMembershipId = values.ownerMembershipId || null;
  if (values.periodStart !== before.periodStart) changes.periodStart = values.periodStart;
  if (values.periodEnd !== before.periodEnd) changes.periodEnd = values.periodEnd;
  // Appending under the new parent: the API puts larger positions last.
  if (values.parentId !== before.parentId) changes.moveTo = { parentId: values.parentId || null, position: APPEND };
  return changes;
}

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
  const title = !state ? '' : state.mode === 'edit' ? t('agenda.goalDialog.editTitle') : parent ? t('agenda.goalDialog.createSubTitle') : t('agenda.goalDialog.createTitle');
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

function GoalForm({
  allianceId,
  goals,
  state,
  onDone,
  onCancel,
}: {
  allianceId: string;
  goals: Goal[];
  state: GoalDialogState;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const owners = useGoalOwners(allianceId);
  const create = useCreateGoal(allianceId);
  const update = useUpdateGoal(allianceId);
  const [values, setValues] = useState<Values>(() => initialValues(state));
  const [invalidDates, setInvalidDates] = useState({ start: false, end: false });
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const editing = state.mode === 'edit' ? state.goal : null;
  // The stored goal as the server has it now (refetched after a conflict).
  const stored = editing ? goals.find((g) => g.id === editing.id) : undefined;
  const mutation = editing ? update : create;
  const candidates = parentCandidates(goals, editing?.id);

  const save = (version?: number) => {
    setProblem(null);
    const title = values.title.trim();
    if (!title) return setProblem(t('agenda.goalDialog.titleRequired'));
    if (invalidDates.start || invalidDates.end) return setProblem(t('agenda.goalDialog.datesInvalid'));
    if (values.periodStart && values.periodEnd && values.periodEnd < values.periodStart) return setProblem(t('agenda.goalDialog.periodOrder'));
    if (!editing) {
      create.mutate(
        {
          title,
          description: values.description.trim() || undefined,
          status: values.status,
          ownerMembershipId: values.ownerMembershipId || undefined,
          parentId: values.parentId || undefined,
          periodStart: values.periodStart ?? undefined,
          periodEnd: values.periodEnd ?? undefined,
        },
        { onSuccess: () => onDone(t('agenda.goalDialog.created', { title })) },
      );
      return;
    }
    const base = version !== undefined && stored ? stored : editing;
    const changes = goalChanges(base, values);
    if (Object.keys(changes).length === 0) return onDone('');
    update.mutate(
      { goalId: editing.id, version: version ?? editing.version, ...changes },
      {
        onSuccess: () => onDone(t('agenda.goalDialog.saved', { title })),
        onError: (error) => (isApiError(error, 'CONFLICT') ? setConflict(true) : undefined),
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };

  const error = mutation.isError && !isApiError(mutation.error, 'CONFLICT') ? mutation.error : null;

  return (
    <form className="form" onSubmit={submit} noValidate>
      {problem ? (
        <Alert tone="error" title={t('agenda.goalDialog.failed')}>
          {problem}
        </Alert>
      ) : error ? (
        <Alert tone="error" title={t('agenda.goalDialog.failed')}>
          {describe(error)}
        </Alert>
      ) : null}
      <TextField label={t('agenda.goalDialog.title')} value={values.title} onChange={(e) => set('title', e.target.value)} maxLength={200} autoFocus error={fieldError(t, error, 'title')} />
      <TextAreaField label={t('agenda.goalDialog.description')} optional rows={3} value={values.description} onChange={(e) => set('description', e.target.value)} />
      <div className="form__row">
        <SelectField
          label={t('agenda.goalDialog.status')}
          value={values.status}
          onChange={(e) => set('status', e.target.value as GoalStatus)}
          options={GOAL_STATUSES.map((s) => ({ value: s, label: t(`agenda.status.${s}`) }))}
        />
        <SelectField
          label={t('agenda.goalDialog.owner')}
          optional
          value={values.ownerMembershipId}
          onChange={(e) => set('ownerMembershipId', e.target.value)}
          disabled={owners.isPending}
          hint={owners.isError ? t('agenda.goalDialog.ownersFailed') : undefined}
          options={[{ value: '', label: t('agenda.goalDialog.noOwner') }, ...(owners.data ?? []).map((o) => ({ value: o.membershipId, label: o.name }))]}
        />
      </div>
      <SelectField
        label={t('agenda.goalDialog.parent')}
        optional
        value={values.parentId}
        onChange={(e) => set('parentId', e.target.value)}
        options={[{ value: TOP, label: t('agenda.goalDialog.topLevel') }, ...candidates.map((g) => ({ value: g.id, label: `${'– '.repeat(g.depth)}${g.title}` }))]}
      />
      <div className="form__row">
        <DateField
          label={t('agenda.goalDialog.periodStart')}
          optional
          value={values.periodStart}
          onChange={(value, s) => {
            set('periodStart', value);
            setInvalidDates((d) => ({ ...d, start: s === 'invalid' }));
          }}
        />
        <DateField
          label={t('agenda.goalDialog.periodEnd')}
          optional
          value={values.periodEnd}
          onChange={(value, s) => {
            set('periodEnd', value);
            setInvalidDates((d) => ({ ...d, end: s === 'invalid' }));
          }}
        />
      </div>
      <div className="form__actions">
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" loading={mutation.isPending}>
          {editing ? t('agenda.goalDialog.save') : t('agenda.goalDialog.create')}
        </Button>
      </div>
      <ConflictDialog
        open={conflict}
        onClose={() => setConflict(false)}
        current={stored && stored.version !== editing?.version ? stored.title : undefined}
        mine={values.title}
        onReload={() => {
          setConflict(false);
          onCancel();
        }}
        onReapply={
          stored
            ? () => {
                setConflict(false);
                save(stored.version);
              }
            : undefined
        }
      />
    </form>
  );
}
