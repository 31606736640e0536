import type { ProgressDescription } from '@gemeinwerk/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';

/**
 * Words for a value against its target, per direction, from the shared package's
 * `progressDescription` (so the words and the judgement cannot disagree): INCREASE
 * "87 % des Zielwerts", DECREASE "6 über dem Zielwert" / "60 % des Wegs zum Zielwert" /
 * "Zielwert erreicht", MAINTAIN "5 % Abweichung vom Zielwert". `formatValue` formats in the
 * indicator's unit. Null when there is nothing to compare.
 */
export function useProgressText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (description: ProgressDescription | null, target: number | null, formatValue: (v: number) => string): string | null => {
    if (!description || target === null) return null;
    const shown = formatValue(target);
    switch (description.kind) {
      case 'shareOfTarget':
      case 'shareOfWay':
      case 'deviation':
        return t(`measurement.progress.${description.kind}`, { percent: format.percent(description.share), target: shown });
      case 'overTarget':
        return t('measurement.progress.overTarget', { difference: formatValue(description.difference ?? 0), target: shown });
      case 'reached':
        return t('measurement.progress.reached', { target: shown });
    }
  };
}

/** "vorläufig · 1 von 15 Meldungen" */
export function useProvisionalText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (approved: number, expected: number) =>
    t('measurement.provisional', { count: expected, approved: format.number(approved), expected: format.number(expected) });
}
