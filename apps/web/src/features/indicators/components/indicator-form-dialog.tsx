import { AGGREGATIONS, FREQUENCIES, INDICATOR_DIRECTIONS, RBA_KINDS, frequencyOfKey } from '@gemeinwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { NumberField } from '@/components/ui/locale-inputs';
import type { IndicatorAggregation, IndicatorDirection, RbaKind, ReportingFrequency } from '@/gql/graphql';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { useDimensions } from '../api/dimensions';
import { useGoalOptions } from '../api/get-goal-options';
import { indicatorQueryOptions, type IndicatorDetail } from '../api/get-indicator';
import { useSaveIndicator, type IndicatorFields } from '../api/save-indicator';
import { DimensionPicker } from './dimension-picker';
import { PlausibilityFields, plausibilityFields, plausibilityOf, plausibilityProblems, type PlausibilityProblems, type PlausibilityState } from './plausibility-fields';

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
  plausibility: PlausibilityState;
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
    plausibility: plausibilityOf(indicator),
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
    ...plausibilityFields(s.plausibility),
  };
}

const FIELD_KEYS = Object.keys(toFields(initialState())) as (keyof IndicatorFields)[];
type Compared = keyof IndicatorFields | 'goalIds' | 'dimensionIds';

function sameSet(a: string[], b: string[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** The fields (as the API takes them) that differ between two states of the form. */
export function changedFields(before: FormState, after: FormState): Partial<IndicatorFields> {
  const a = toFields(before);
  const b = toFields(after);
  return Object.fromEntries(FIELD_KEYS.filter((key) => a[key] !== b[key]).map((key) => [key, b[key]])) as Partial<IndicatorFields>;
}

/** Which parts differ between two states, goals and dimensions included; for the conflict dialog. */
function differences(before: FormState, after: FormState): Compared[] {
  const keys: Compared[] = Object.keys(changedFields(before, after)) as Compared[];
  if (!sameSet(before.goalIds, after.goalIds)) keys.push('goalIds');
  if (!sameSet(before.dimensionIds, after.dimensionIds)) keys.push('dimensionIds');
  return keys;
}

/** Create (no `indicator`) or edit an indicator. Backbone only; the caller decides whether to offer it. */
export function IndicatorFormDialog({
  allianceId,
  open,
  indicator,
  onClose,
  onSaved,
}: {
  allianceId: string;
  open: boolean;
  indicator?: IndicatorDetail;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={indicator ? t('indicators.form.editTitle') : t('indicators.form.createTitle')}
      description={indicator ? undefined : t('indicators.form.createDescription')}
    >
      {/* Keyed by id only: a newer version arriving in the cache must not wipe what the user typed. */}
      {open ? <IndicatorForm key={indicator?.id ?? 'new'} allianceId={allianceId} indicator={indicator} onCancel={onClose} onSaved={onSaved} /> : null}
    </Dialog>
  );
}

function IndicatorForm({
  allianceId,
  indicator,
  onCancel,
  onSaved,
}: {
  allianceId: string;
  indicator?: IndicatorDetail;
  onCancel: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const client = useQueryClient();
  const goals = useGoalOptions(allianceId);
  const save = useSaveIndicator(allianceId);
  // The stored indicator the user's edit started from; the edit is what differs from it.
  const [start, setStart] = useState(indicator);
  // After a CONFLICT: the indicator as it is stored now.
  const [conflict, setConflict] = useState<IndicatorDetail | null>(null);
  const [state, setState] = useState(() => initialState(indicator));
  const [problems, setProblems] = useState<Partial<Record<keyof FormState, string>>>({});
  const [ruleProblems, setRuleProblems] = useState<PlausibilityProblems>({});
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
    const rules = plausibilityProblems(t, state.plausibility);
    setProblems(found);
    setRuleProblems(rules);
    return Object.keys(found).length === 0 && Object.keys(rules).length === 0;
  };

  /** Saves the user's changes on top of `stored` (the version they started from, or a newer one after a conflict). */
  const send = (stored: IndicatorDetail | undefined) => {
    const options = { onSuccess: (saved: { id: string }) => onSaved(saved.id) };
    if (!stored || !start) return save.mutate({ fields: toFields(state), goalIds: state.goalIds, dimensionIds: state.dimensionIds }, options);
    const before = initialState(start);
    const now = initialState(stored);
    save.mutate(
      {
        fields: changedFields(before, state),
        // Goals and dimensions the user left alone stay as stored, even if someone else changed them.
        goalIds: sameSet(state.goalIds, before.goalIds) ? now.goalIds : state.goalIds,
        dimensionIds: sameSet(state.dimensionIds, before.dimensionIds) ? now.dimensionIds : state.dimensionIds,
        existing: { id: stored.id, version: stored.version, goalIds: now.goalIds, dimensionIds: now.dimensionIds },
      },
      {
        ...options,
        onError: async (error) => {
          if (!isApiError(error, 'CONFLICT')) return;
          setConflict(await client.fetchQuery({ ...indicatorQueryOptions(allianceId, stored.id), staleTime: 0 }).catch(() => stored));
        },
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (validate()) send(start);
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
      <PlausibilityFields
        aggregation={state.aggregation}
        value={state.plausibility}
        onChange={(next) => set('plausibility', next)}
        problems={ruleProblems}
        apiProblem={apiProblem}
      />
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
      {start ? (
        <ConflictDialog
          open={conflict !== null}
          onClose={() => setConflict(null)}
          current={conflict ? <ChangeList allianceId={allianceId} keys={differences(initialState(start), initialState(conflict))} state={initialState(conflict)} /> : undefined}
          mine={<ChangeList allianceId={allianceId} keys={differences(initialState(start), state)} state={state} />}
          onReload={() => {
            if (conflict) {
              setStart(conflict);
              setState(initialState(conflict));
            }
            setConflict(null);
            save.reset();
          }}
          onReapply={() => {
            const stored = conflict;
            setConflict(null);
            if (stored) send(stored);
          }}
        />
      ) : null}
    </form>
  );
}

/** Parts of an indicator with their values, in words: what someone else changed, or what the user changed. */
function ChangeList({ allianceId, keys, state }: { allianceId: string; keys: Compared[]; state: FormState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const goals = useGoalOptions(allianceId);
  const dimensions = useDimensions(allianceId);
  if (keys.length === 0) return <>{t('indicators.form.noChanges')}</>;
  const names = (ids: string[], list: { id: string; name?: string; title?: string }[] | undefined) =>
    ids.length === 0 ? '–' : ids.map((id) => list?.find((x) => x.id === id)?.title ?? list?.find((x) => x.id === id)?.name ?? '…').join(', ');
  const shown = (key: Compared): ReactNode => {
    switch (key) {
      case 'goalIds':
        return names(state.goalIds, goals.data);
      case 'dimensionIds':
        return names(state.dimensionIds, dimensions.data);
      case 'direction':
        return t(`indicators.directions.${state.direction}`);
      case 'aggregation':
        return t(`indicators.aggregations.${state.aggregation}`);
      case 'frequency':
        return t(`indicators.frequencies.${state.frequency}`);
      case 'rbaKind':
        return t(`indicators.rbaKinds.${state.rbaKind}`);
      case 'baselineValue':
      case 'decimals':
        return state[key] === null ? '–' : format.number(state[key]);
      case 'jumpWarningShare':
        return state.plausibility.jumpWarningPercent === null ? '–' : `${format.number(state.plausibility.jumpWarningPercent)} %`;
      case 'minValue':
      case 'maxValue':
        return state.plausibility[key] === null ? '–' : format.number(state.plausibility[key]);
      case 'allowNegative':
      case 'integerOnly':
      case 'allowRatioAboveOne':
        return state.plausibility[key] ? t('indicators.plausibility.yes') : t('indicators.plausibility.no');
      default: {
        const value = toFields(state)[key];
        return value === null || value === undefined || value === '' ? '–' : String(value);
      }
    }
  };
  const label = (key: Compared) => (key === 'goalIds' ? t('indicators.fields.goals') : key === 'dimensionIds' ? t('indicators.dimensions.legend') : t(`indicators.fields.${key}`));
  return (
    <ul className="conflict-changes">
      {keys.map((key) => (
        <li key={key}>
          <span className="conflict-changes__label">{label(key)}:</span> {shown(key)}
        </li>
      ))}
    </ul>
  );
}
