import { AGGREGATIONS, FREQUENCIES, INDICATOR_DIRECTIONS, RBA_KINDS } from '@gemeinwerk/shared';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { NumberField } from '@/components/ui/locale-inputs';
import type { IndicatorAggregation, IndicatorDirection, RbaKind, ReportingFrequency } from '@/gql/graphql';
import { useErrorMessage } from '@/lib/errors';
import { useGoalOptions } from '../api/get-goal-options';
import type { FormState } from '../utils/indicator-form-state';

/** What every section of the indicator form is given: the state, a setter, and the problems by field. */
interface SectionProps {
  state: FormState;
  set: <K extends keyof FormState>(key: K, value: FormState[K]) => void;
  problems: Partial<Record<keyof FormState, string>>;
  /** The API's problem with a field, if it refused the last save because of it. */
  apiProblem: (field: string) => string | undefined;
}

/** What the indicator is: name, unit, code, definition, direction and how values add up (with the ratio's labels). */
export function IndicatorDefinitionFields({ state, set, problems, apiProblem }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('indicators.fields.name')}
        value={state.name}
        onChange={(e) => set('name', e.target.value)}
        error={problems.name ?? apiProblem('name')}
        maxLength={200}
      />
      <div className="form__row">
        <TextField
          label={t('indicators.fields.unit')}
          hint={t('indicators.form.unitHint')}
          value={state.unit}
          onChange={(e) => set('unit', e.target.value)}
          error={problems.unit ?? apiProblem('unit')}
          maxLength={40}
        />
        <TextField
          label={t('indicators.fields.code')}
          hint={t('indicators.form.codeHint')}
          optional
          value={state.code}
          onChange={(e) => set('code', e.target.value)}
          error={apiProblem('code')}
          maxLength={20}
        />
      </div>
      <TextAreaField
        label={t('indicators.fields.definition')}
        hint={t('indicators.form.definitionHint')}
        optional
        rows={3}
        value={state.definition}
        onChange={(e) => set('definition', e.target.value)}
        error={apiProblem('definition')}
      />
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
          <TextField
            label={t('indicators.fields.numeratorLabel')}
            value={state.numeratorLabel}
            onChange={(e) => set('numeratorLabel', e.target.value)}
            error={problems.numeratorLabel ?? apiProblem('numeratorLabel')}
          />
          <TextField
            label={t('indicators.fields.denominatorLabel')}
            value={state.denominatorLabel}
            onChange={(e) => set('denominatorLabel', e.target.value)}
            error={problems.denominatorLabel ?? apiProblem('denominatorLabel')}
          />
        </div>
      ) : null}
    </>
  );
}

/** How the indicator is reported: frequency, kind of measure, baseline, collection method and decimals. */
export function IndicatorReportingFields({ state, set, problems, apiProblem }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
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
        <NumberField
          label={t('indicators.fields.baselineValue')}
          optional
          value={state.baselineValue}
          onChange={(v) => set('baselineValue', v)}
          error={apiProblem('baselineValue')}
        />
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
        <TextAreaField
          label={t('indicators.fields.collectionMethod')}
          optional
          rows={2}
          value={state.collectionMethod}
          onChange={(e) => set('collectionMethod', e.target.value)}
        />
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
    </>
  );
}

/** The goals the indicator measures, as check boxes indented by the goal tree's depth. */
export function IndicatorGoalChoices({ allianceId, value, onChange }: { allianceId: string; value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const goals = useGoalOptions(allianceId);
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((g) => g !== id));
  return (
    <fieldset className="checkbox-group">
      <legend className="field__label">{t('indicators.fields.goals')}</legend>
      {goals.isPending ? <p className="field__hint">{t('common.loading')}</p> : null}
      {goals.isError ? <p className="field__error">{describe(goals.error)}</p> : null}
      {goals.data?.length === 0 ? <p className="field__hint">{t('indicators.form.noGoals')}</p> : null}
      {goals.data?.map((goal) => (
        <label key={goal.id} className="checkbox" style={{ paddingInlineStart: `${goal.depth * 1.25}rem` }}>
          <input type="checkbox" checked={value.includes(goal.id)} onChange={(e) => toggle(goal.id, e.target.checked)} />
          <span>{goal.title}</span>
        </label>
      ))}
    </fieldset>
  );
}
