import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldProblem } from './graphql-client';
import { currentLanguage } from './i18n';
import { formatNumber } from './i18n/format';

/**
 * The text to show for a failed request. The UI's own wording per `extensions.code` comes
 * first (`errors.<CODE>` in the locale files, or a screen-specific override); the server's
 * already translated message is the fallback for codes the UI does not know.
 */
export function describeError(t: TFunction, error: unknown, overrides: Partial<Record<string, string>> = {}): string {
  if (isApiError(error)) {
    const override = overrides[error.code];
    if (override) return override;
    const key = `errors.${error.code}`;
    const own = t(key, { defaultValue: '' });
    if (own) return own;
    if (error.message) return error.message;
  }
  return t('errors.UNKNOWN');
}

export function useErrorMessage() {
  const { t } = useTranslation();
  return useCallback((error: unknown, overrides?: Partial<Record<string, string>>) => describeError(t, error, overrides), [t]);
}

/** One field problem in words; the bound it names (min, max, denominator) in the reader's number format. */
export function fieldProblemText(t: TFunction, problem: Pick<FieldProblem, 'code' | 'params'>): string {
  const language = currentLanguage();
  const params = Object.fromEntries(
    Object.entries(problem.params ?? {}).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v, language, { maximumFractionDigits: 4 }) : v]),
  );
  return t(`fieldErrors.${problem.code}`, { ...params, defaultValue: t('fieldErrors.invalid') });
}

/** The first problem the API reported for a form field, translated, or undefined. */
export function fieldError(t: TFunction, error: unknown, field: string): string | undefined {
  if (!isApiError(error)) return undefined;
  const problem = error.fields.find((f) => f.field === field);
  return problem ? fieldProblemText(t, problem) : undefined;
}
