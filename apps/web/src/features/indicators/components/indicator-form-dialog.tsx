import { AGGREGATIONS, FREQUENCIES, INDICATOR_DIRECTIONS, RBA_KINDS, frequencyOfKey } from '@gemeinwerk/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { NumberField } from '@/components/ui/locale-inputs';
import type { IndicatorAggregation, IndicatorDirection, RbaKind, ReportingFrequency } from '@/gql/graphql';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useGoalOptions } from '../api/get-goal-options';
import type { IndicatorDetail } from '../api/get-indicator';
import { useSaveIndicator, type IndicatorFields } from '../api/save-indicator';
import { DimensionPicker } from './dimension-picker';

interface FormState {
  name: string;
  code: string;
  definition: string;
  unit: string;
  direction: IndicatorDirection;
  aggregation: IndicatorAggregation;
  frequency: ReportingFrequency;
  rbaKind: RbaKind;
  numeratorLabel: string;
  denominatorLabel: string;
  baselineValue: number | null;
  baselinePeriod: string;
  collectionMethod: string;
  decimals: number | null;
  goalIds: string[];
  dimensionIds: string[];
}

function initialState(indicator?: IndicatorDetail): FormState {
  return {
    name: indicator?.name ?? '',
    code: indicator?.code ?? '',
    definition: indicator?.definition ?? '',
    unit: indicator?.unit ?? '',
    direction: indicator?.direction ?? 'INCREASE',
    aggregation: indicator?.aggregation ?? 'SUM',
    frequency: indicator?.frequency ?? 'YEARLY',
    rbaKind: indicator?.rbaKind ?? 'HOW_MUCH',
    numeratorLabel: indicator?.numeratorLabel ?? '',
    denominatorLabel: indicator?.denominatorLabel ?? '',
    baselineValue: indicator?.baselineValue ?? null,
    baselinePeriod: indicator?.baselinePeriod ?? '',
    collectionMethod: indicator?.collectionMethod ?? '',
    decimals: indicator?.decimals ?? 0,
    goalIds: indicator?.goals.map((g) => g.id) ?? [],
    dimensionIds: indicator?.dimensions.map((d) => d.id) ?? [],
  };
}

/** What the API receives: optional texts left empty are sent as null so that an edit can clear them. */
function toFields(s: FormState): IndicatorFields {
  const text = (v: string) => (v.trim() ? v.trim() : null);
  const ratio = s.aggregation === 'RATIO';
  return {
    name: s.name.trim(),
    code: text(s.code),
    definition: s.definition.trim(),
    unit: s.unit.trim(),
    direction: s.direction,
    aggregation: s.aggregation,
    frequency: s.frequency,
    rbaKind: s.rbaKind,
    numeratorLabel: ratio ? text(s.numeratorLabel) : null,
    denominatorLabel: ratio ? text(s.denominatorLabel) : null,
    baselineValue: s.baselineValue,
    baselinePeriod: s.baselineValue === null ? null : text(s.baselinePeriod),
    collectionMethod: s.collectionMethod.trim(),
    decimals: s.decimals ?? 0,
  };
}

/** Create (no `indicator`) or edit an indicator. Backbone only; the caller decides whether to offer it. */
export function IndicatorFormDialog({
  allianceId,
  open,
  indicator,
  onClose,
  onSaved,
  onConflict,
}: {
  allianceId: string;
  open: boolean;
  indicator?: IndicatorDetail;
  onClose: () => void;
  onSaved: (id: string) => void;
  onConflict?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={indicator ? t('indicators.form.editTitle') : t('indicators.form.createTitle')}
      description={indicator ? undefined : t('indicators.form.createDescription')}
    >
      {open ? <IndicatorForm key={indicator ? `${indicator.id}-${indicator.version}` : 'new'} allianceId={allianceId} indicator={indicator} onCancel={onClose} onSaved={onSaved} onConflict={onConflict} /> : null}
    </Dialog>
  );
}

function IndicatorForm({
  allianceId,
  indicator,
  onCancel,
  onSaved,
  onConflict,
}: {
  allianceId: string;
  indicator?: IndicatorDetail;
  onCancel: () => void;
  onSaved: (id: string) => void;
  onConflict?: () => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const goals = useGoalOptions(allianceId);
  const save = useSaveIndicator(allianceId);
  const [state, setState] = useState(() => initialState(indicator));
  const [problems, setProblems] = useState<Partial<Record<keyof FormState, string>>>({});
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((s) => ({ ...s, [key]: value }));

  const validate = (): boolean => {
    const found: typeof problems = {};
    if (!state.name.trim()) found.name = t('fieldErrors.required');
    // Values without a unit cannot be compared; the API allows it, the form asks for one.
    if (!state.unit.trim()) found.unit = t('fieldErrors.required');
    if (state.aggregation === 'RATIO') {
      if (!state.numeratorLabel.trim()) found.numeratorLabel = t('indicators.form.ratioLabelRequired');
      if (!state.denominatorLabel.trim()) found.denominatorLabel = t('indicators.form.ratioLabelRequired');
    }
    if (state.baselineValue !== null && state.baselinePeriod.trim() && frequencyOfKey(state.baselinePeriod.trim()) !== state.frequency)
      found.baselinePeriod = t('indicators.form.baselinePeriodInvalid', { example: t(`indicators.periodFormats.${state.frequency}`) });
    if (state.decimals !== null && (state.decimals < 0 || state.decimals > 4 || !Number.isInteger(state.decimals))) found.decimals = t('indicators.form.decimalsInvalid');
    setProblems(found);
    return Object.keys(found).length === 0;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!validate()) return;
    save.mutate(
      {
        fields: toFields(state),
        goalIds: state.goalIds,
        dimensionIds: state.dimensionIds,
        existing: indicator
          ? { id: indicator.id, version: indicator.version, goalIds: indicator.goals.map((g) => g.id), dimensionIds: indicator.dimensions.map((d) => d.id) }
          : undefined,
      },
      {
        onSuccess: (saved) => onSaved(saved.id),
        onError: (error) => (isApiError(error, 'CONFLICT') ? onConflict?.() : undefined),
      },
    );
  };

  const apiProblem = (field: string) => fieldError(t, save.error, field);
  const toggleGoal = (id: string, on: boolean) => set('goalIds', on ? [...state.goalIds, id] : state.goalIds.filter((g) => g !== id));

  return (
    <form className="form" onSubmit={submit} noValidate>
      {save.isError && !isApiError(save.error, 'CONFLICT') ? (
        <Alert tone="error" title={indicator ? t('indicators.form.saveFailed') : t('indicators.form.createFailed')}>
          {describe(save.error)}
        </Alert>
      ) : null}
      <TextField label={t('indicators.fields.name')} value={state.name} onChange={(e) => set('name', e.target.value)} error={problems.name ?? apiProblem('name')} maxLength={200} />
      <div className="form__row">
        <TextField label={t('indicators.fields.unit')} hint={t('indicators.form.unitHint')} value={state.unit} onChange={(e) => set('unit', e.target.value)} error={problems.unit ?? apiProblem('unit')} maxLength={40} />
        <TextField label={t('indicators.fields.code')} hint={t('indicators.form.codeHint')} optional value={state.code} onChange={(e) => set('code', e.target.value)} error={apiProblem('code')} maxLength={20} />
      </div>
      <TextAreaField label={t('indicators.fields.definition')} hint={t('indicators.form.definitionHint')} optional rows={3} value={state.definition} onChange={(e) => set('definition', e.target.value)} error={apiProblem('definition')} />
      <div className="form__row">
        <SelectField
          label={t('indicators.fields.direction')}
          value={state.direction}
          onChange={(e) => set('direction', e.target.value as IndicatorDirection)}
          options={INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: t(`indicators.directions.${d}`) }))}
        />
        <SelectField
          label={t('indicators.fields.aggregation')}
          hint={t(`indicators.aggregationHints.${state.aggregation}`)}
          value={state.aggregation}
          onChange={(e) => set('aggregation', e.target.value as IndicatorAggregation)}
          options={AGGREGATIONS.map((a) => ({ value: a, label: t(`indicators.aggregations.${a}`) }))}
          error={apiProblem('aggregation')}
        />
      </div>
      {state.aggregation === 'RATIO' ? (
        <div className="form__row">
          <TextField label={t('indicators.fields.numeratorLabel')} value={state.numeratorLabel} onChange={(e) => set('numeratorLabel', e.target.value)} error={problems.numeratorLabel ?? apiProblem('numeratorLabel')} />
          <TextField label={t('indicators.fields.denominatorLabel')} value={state.denominatorLabel} onChange={(e) => set('denominatorLabel', e.target.value)} error={problems.denominatorLabel ?? apiProblem('denominatorLabel')} />
        </div>
      ) : null}
      <div className="form__row">
        <SelectField
          label={t('indicators.fields.frequency')}
          value={state.frequency}
          onChange={(e) => set('frequency', e.target.value as ReportingFrequency)}
          options={FREQUENCIES.map((f) => ({ value: f, label: t(`indicators.frequencies.${f}`) }))}
          error={apiProblem('frequency')}
        />
        <SelectField
          label={t('indicators.fields.rbaKind')}
          value={state.rbaKind}
          onChange={(e) => set('rbaKind', e.target.value as RbaKind)}
          options={RBA_KINDS.map((k) => ({ value: k, label: t(`indicators.rbaKinds.${k}`) }))}
        />
      </div>
      <div className="form__row">
        <NumberField label={t('indicators.fields.baselineValue')} optional value={state.baselineValue} onChange={(v) => set('baselineValue', v)} error={apiProblem('baselineValue')} />
        <TextField
          label={t('indicators.fields.baselinePeriod')}
          hint={t('indicators.form.periodKeyHint', { example: t(`indicators.periodFormats.${state.frequency}`) })}
          optional
          value={state.baselinePeriod}
          onChange={(e) => set('baselinePeriod', e.target.value)}
          error={problems.baselinePeriod ?? apiProblem('baselinePeriod')}
          disabled={state.baselineValue === null}
        />
      </div>
      <div className="form__row">
        <TextAreaField label={t('indicators.fields.collectionMethod')} optional rows={2} value={state.collectionMethod} onChange={(e) => set('collectionMethod', e.target.value)} />
        <NumberField
          label={t('indicators.fields.decimals')}
          hint={t('indicators.form.decimalsHint')}
          optional
          maximumFractionDigits={0}
          value={state.decimals}
          onChange={(v) => set('decimals', v)}
          error={problems.decimals ?? apiProblem('decimals')}
        />
      </div>
      <fieldset className="checkbox-group">
        <legend className="field__label">{t('indicators.fields.goals')}</legend>
        {goals.isPending ? <p className="field__hint">{t('common.loading')}</p> : null}
        {goals.isError ? <p className="field__error">{describe(goals.error)}</p> : null}
        {goals.data?.length === 0 ? <p className="field__hint">{t('indicators.form.noGoals')}</p> : null}
        {goals.data?.map((goal) => (
          <label key={goal.id} className="checkbox" style={{ paddingInlineStart: `${goal.depth * 1.25}rem` }}>
            <input type="checkbox" checked={state.goalIds.includes(goal.id)} onChange={(e) => toggleGoal(goal.id, e.target.checked)} />
            <span>{goal.title}</span>
          </label>
        ))}
      </fieldset>
      <DimensionPicker allianceId={allianceId} value={state.dimensionIds} onChange={(ids) => set('dimensionIds', ids)} />
      {apiProblem('dimensionIds') ? <p className="field__error">{apiProblem('dimensionIds')}</p> : null}
      <div className="form__actions">
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" loading={save.isPending}>
          {indicator ? t('indicators.form.save') : t('indicators.form.createTitle')}
        </Button>
      </div>
    </form>
  );
}
