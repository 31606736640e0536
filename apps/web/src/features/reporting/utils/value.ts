import type { useFormat } from '@/lib/i18n';
import type { Measurement } from '../api/get-measurements';

type Format = ReturnType<typeof useFormat>;
type IndicatorLike = { unit: string; decimals: number; aggregation: string } | undefined;

/** A value as the reader expects it: with the indicator's decimals and unit; a ratio also as `40 / 60`. */
export function formatMeasurementValue(m: Pick<Measurement, 'value' | 'numerator' | 'denominator'>, indicator: IndicatorLike, format: Format): string {
  if (indicator?.aggregation === 'RATIO' && m.numerator !== null && m.numerator !== undefined && m.denominator) {
    return `${format.number(m.numerator)} / ${format.number(m.denominator)} (${format.percent(m.numerator / m.denominator, 1)})`;
  }
  return formatAmount(m.value, indicator, format);
}

/** A number of the indicator's kind (a total, an overlap) with its decimals and unit. */
export function formatAmount(amount: number | null | undefined, indicator: IndicatorLike, format: Format): string {
  // A member's value as reported (up to two more decimals than the indicator shows); a share as a percentage.
  if (indicator?.aggregation === 'RATIO') return format.percent(amount, 1);
  return format.number(amount, { maximumFractionDigits: Math.max(indicator?.decimals ?? 2, 2), unit: indicator?.unit || undefined });
}
