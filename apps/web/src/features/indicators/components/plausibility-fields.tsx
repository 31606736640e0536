import { useTranslation } from 'react-i18next';
import { NumberField } from '@/components/ui/locale-inputs';
import type { IndicatorAggregation } from '@/gql/graphql';
import type { PlausibilityProblems, PlausibilityState } from '../utils/plausibility-state';

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
