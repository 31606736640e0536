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
  if (s.jumpWarningPercent !== null && (s.jumpWarningPercent <= 0 || s.jumpWarningPercent > 100_000))
    found.jumpWarningPercent = t('indicators.plausibility.jumpInvalid');
  return found;
}
