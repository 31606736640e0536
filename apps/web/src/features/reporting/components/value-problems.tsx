import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { fieldError, fieldProblemText } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { MeasurementWarning } from '../api/save-measurement';
import { warningText, type ValueProblem } from '../utils/plausibility';

export type ValueField = 'value' | 'numerator' | 'denominator' | { categoryId: string };

/**
 * Where the form's value problems are shown: beside each field the pre-check's problem, else the
 * API's (which names parts by their position in what was sent); and the field's label for the
 * list above the form.
 */
export function valueProblems(
  t: TFunction,
  o: {
    indicator: ReportingIndicator;
    valueLabel: string;
    /** Parts as the pre-check saw them (`parts.<i>` of the pre-check's problems). */
    checkedParts: { categoryId: string }[];
    /** Parts as they were sent (`parts.<i>` of the API's problems). */
    sentParts: { categoryId: string }[] | null | undefined;
    own: ValueProblem[];
    serverError: unknown;
  },
) {
  const partIndex = (field: string) => {
    const m = /^parts\.(\d+)\.value$/.exec(field);
    return m ? Number(m[1]) : -1;
  };
  return {
    label(field: string): string {
      if (field === 'numerator') return t('reporting.form.numerator', { label: o.indicator.numeratorLabel ?? '' });
      if (field === 'denominator') return t('reporting.form.denominator', { label: o.indicator.denominatorLabel ?? '' });
      const index = partIndex(field);
      if (index >= 0) {
        const categoryId = o.checkedParts[index]?.categoryId;
        return o.indicator.dimensions.flatMap((d) => d.categories).find((c) => c.id === categoryId)?.name ?? field;
      }
      return o.valueLabel;
    },
    at(field: ValueField): string | undefined {
      if (typeof field === 'string') {
        const own = o.own.find((p) => p.field === field);
        return own ? fieldProblemText(t, own) : fieldError(t, o.serverError, field);
      }
      const ownIndex = o.checkedParts.findIndex((p) => p.categoryId === field.categoryId);
      const own = o.own.find((p) => ownIndex >= 0 && p.field === `parts.${ownIndex}.value`);
      if (own) return fieldProblemText(t, own);
      const sentIndex = o.sentParts?.findIndex((p) => p.categoryId === field.categoryId) ?? -1;
      return sentIndex >= 0 ? fieldError(t, o.serverError, `parts.${sentIndex}.value`) : undefined;
    },
  };
}

/** Plausibility warnings of a value just stored: a notice, never a block; the reporter may correct the value or leave it. */
export function ValueWarnings({ warnings }: { warnings: MeasurementWarning[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (warnings.length === 0) return null;
  const number = (n: number) => format.number(n, { maximumFractionDigits: 4 });
  return (
    <Alert tone="warning" title={t('reporting.warnings.title')}>
      {warnings.map((w) => (
        <p key={`${w.code}-${w.field}`}>{warningText(t, number, w)}</p>
      ))}
    </Alert>
  );
}
