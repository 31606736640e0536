import { useCallback } from 'react';
import { useFormat } from '@/lib/i18n';
import type { IndicatorFormat } from '@/lib/i18n/format';

/** Formats an indicator's value the one way (lib/i18n/format.ts: a RATIO as a percentage), in the UI language. */
export function useIndicatorValue() {
  const format = useFormat();
  return useCallback(
    (value: number | null | undefined, indicator: IndicatorFormat, withUnit = true) => format.indicatorValue(value, indicator, withUnit),
    [format],
  );
}
