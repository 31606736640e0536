import { useTranslation } from 'react-i18next';
import { NumberField } from '@/components/ui/locale-inputs';
import type { IndicatorAggregation } from '@/gql/graphql';

/** The plausibility rules of an indicator as the form holds them; the jump warning in percent, as people say it. */
export interface PlausibilityState {
  allowNegative: boolean;
  integerOnly: boolean;
  minValue: number | null;
  maxValue: number | null;
  allowRatioAboveOne: boolean;
  jumpWarningPercent: number | null;
}

export type PlausibilityProblems = Partial<Record<keyof PlausibilityState, string>>;

export function plausibilityOf(indicator?: {
  allowNegative?: boolean;
  integerOnly?: boolean;
  minValue?: number | null;
  maxValue?: number | null;
  allowRatioAboveOne?: boolean;
  jumpWarningShare?: number | null;
}): PlausibilityState {
  const share = indicator?.jumpWarningShare ?? null;
  return {
    allowNegative: indicator?.allowNegative ?? false,
    integerOnly: indicator?.integerOnly ?? false,
    minValue: indicator?.minValue ?? null,
    maxValue: indicator?.maxValue ?? null,
    allowRatioAboveOne: indicator?.allowRatioAboveOne ?? false,
    // Rounded so that 0.35 shows as 35, not 35.000000000000004.
    jumpWarningPercent: share === null ? null : Math.round(share * 100 * 1000) / 1000,
  };
}

/** As the API takes them. */
export function plausibilityFields(s: PlausibilityState) {
  return {
    allowNegative: s.allowNegative,
    integerOnly: s.integerOnly,
    minValue: s.minValue,
    maxValue: s.maxValue,
    allowRatioAboveOne: s.allowRatioAboveOne,
    jumpWarningShare: s.jumpWarningPercent === null ? null : s.jumpWarningPercent / 100,
  };
}

/** Bounds no value could meet, or a warning threshold of 0 %, would block or flood every report. */
export function plausibilityProblems(t: (key: string, options?: Record<string, unknown>) => string, s: PlausibilityState): PlausibilityProblems {
  const found: PlausibilityProblems = {};
  if (s.minValue !== null && s.maxValue !== null && s.minValue > s.maxValue) found.maxValue = t('indicators.plausibility.maxBelowMin');
  if (!s.allowNegative && s.maxValue !== null && s.maxValue < 0) found.maxValue = t('indicators.plausibility.maxNegative');
  if (s.jumpWarningPercent !== null && (s.jumpWarningPercent <= 0 || s.jumpWarningPercent > 100_000)) found.jumpWarningPercent = t('indicators.plausibility.jumpInvalid');
  return found;
}

/** The backbone's rules for reported values: checked by the API on every save, named to the reporter in words. */
export function PlausibilityFields({
  aggregation,
  value,
  onChange,
  problems,
  apiProblem,
}: {
  aggregation: IndicatorAggregation;
  value: PlausibilityState;
  onChange: (next: PlausibilityState) => void;
  problems: PlausibilityProblems;
  apiProblem: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof PlausibilityState>(key: K, v: PlausibilityState[K]) => onChange({ ...value, [key]: v });
  const ratio = aggregation === 'RATIO';
  return (
    <fieldset className="checkbox-group plausibility-fields">
      <legend className="field__label">{t('indicators.plausibility.legend')}</legend>
      <p className="field__hint">{t('indicators.plausibility.hint')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={value.integerOnly} onChange={(e) => set('integerOnly', e.target.checked)} />
        <span>{ratio ? t('indicators.plausibility.integerOnlyRatio') : t('indicators.plausibility.integerOnly')}</span>
      </label>
      {ratio ? (
        <label className="checkbox">
          <input type="checkbox" checked={value.allowRatioAboveOne} onChange={(e) => set('allowRatioAboveOne', e.target.checked)} />
          <span>{t('indicators.plausibility.allowRatioAboveOne')}</span>
        </label>
      ) : (
        <label className="checkbox">
          <input type="checkbox" checked={value.allowNegative} onChange={(e) => set('allowNegative', e.target.checked)} />
          <span>{t('indicators.plausibility.allowNegative')}</span>
        </label>
      )}
      <div className="form__row">
        <NumberField
          label={t('indicators.plausibility.minValue')}
          hint={ratio ? t('indicators.plausibility.boundsRatioHint') : undefined}
          optional
          value={value.minValue}
          onChange={(v) => set('minValue', v)}
          error={problems.minValue ?? apiProblem('minValue')}
        />
        <NumberField
          label={t('indicators.plausibility.maxValue')}
          hint={ratio ? t('indicators.plausibility.boundsRatioHint') : undefined}
          optional
          value={value.maxValue}
          onChange={(v) => set('maxValue', v)}
          error={problems.maxValue ?? apiProblem('maxValue')}
        />
      </div>
      <NumberField
        label={t('indicators.plausibility.jumpWarning')}
        hint={t('indicators.plausibility.jumpWarningHint')}
        optional
        value={value.jumpWarningPercent}
        onChange={(v) => set('jumpWarningPercent', v)}
        error={problems.jumpWarningPercent ?? apiProblem('jumpWarningShare')}
      />
    </fieldset>
  );
}
