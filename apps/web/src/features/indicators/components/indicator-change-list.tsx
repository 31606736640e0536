import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { useDimensions } from '../api/dimensions';
import { useGoalOptions } from '../api/get-goal-options';
import { toFields, type Compared, type FormState } from '../utils/indicator-form-state';

/** Parts of an indicator with their values, in words: what someone else changed, or what the user changed. */
export function ChangeList({ allianceId, keys, state }: { allianceId: string; keys: Compared[]; state: FormState }) {
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
  const label = (key: Compared) =>
    key === 'goalIds' ? t('indicators.fields.goals') : key === 'dimensionIds' ? t('indicators.dimensions.legend') : t(`indicators.fields.${key}`);
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
