import { useCallback } from 'react';
import { useFormat } from '@/lib/i18n';

/** Formats an indicator's value with its decimals and unit, in the UI language. */
export function useIndicatorValue() {
  const format = useFormat();
  return useCallback(
    (value: number | null | undefined, indicator: { decimals: number; unit: string }, withUnit = true) =>
      value === null || value === undefined
        ? '–'
        : format.number(value, { maximumFractionDigits: indicator.decimals, unit: withUnit && indicator.unit ? indicator.unit : undefined }),
    [format],
  );
}
