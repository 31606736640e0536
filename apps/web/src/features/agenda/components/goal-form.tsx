import { GOAL_STATUSES } from '@gemeinwerk/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { DateField } from '@/components/ui/locale-inputs';
import type { GoalStatus } from '@/gql/graphql';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useCreateGoal } from '../api/create-goal';
import { useGoalOwners } from '../api/get-goal-owners';
import type { Goal } from '../api/get-goals';
import { useUpdateGoal } from '../api/update-goal';
import { goalChanges, goalFormProblem, initialValues, TOP, type GoalDialogState, type GoalFormValues } from '../utils/goal-form';
import { parentCandidates } from '../utils/goal-tree';

/** The goal dialog's form: creates a goal or saves only what changed, with the conflict flow. */
export function GoalForm({
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
  const [values, setValues] = useState<GoalFormValues>(() => initialValues(state));
  const [invalidDates, setInvalidDates] = useState({ start: false, end: false });
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const set = <K extends keyof GoalFormValues>(key: K, value: GoalFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const editing = state.mode === 'edit' ? state.goal : null;
  // The stored goal as the server has it now (refetched after a conflict).
  const stored = editing ? goals.find((g) => g.id === editing.id) : undefined;
  const mutation = editing ? update : create;
  const candidates = parentCandidates(goals, editing?.id);

  const save = (version?: number) => {
    setProblem(null);
    const title = values.title.trim();
    const found = goalFormProblem(values, invalidDates);
    if (found) return setProblem(t(`agenda.goalDialog.${found}`));
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
      <TextField
        label={t('agenda.goalDialog.title')}
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
        maxLength={200}
        autoFocus
        error={fieldError(t, error, 'title')}
      />
      <TextAreaField
        label={t('agenda.goalDialog.description')}
        optional
        rows={3}
        value={values.description}
        onChange={(e) => set('description', e.target.value)}
      />
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
        options={[
          { value: TOP, label: t('agenda.goalDialog.topLevel') },
          ...candidates.map((g) => ({ value: g.id, label: `${'– '.repeat(g.depth)}${g.title}` })),
        ]}
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
