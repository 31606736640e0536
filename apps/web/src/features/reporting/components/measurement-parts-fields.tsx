import { useTranslation } from 'react-i18next';
import { NumberField, type InputState } from '@/components/ui/locale-inputs';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { PartsProblem, PartValues } from '../utils/parts';
import type { ValueField } from './value-problems';

/**
 * The breakdown of a value per dimension: one field per category, and for sums the running total
 * of the parts (marked when it does not match the total after a check).
 */
export function MeasurementPartsFields({
  indicator,
  parts,
  total,
  mismatches,
  onChange,
  errorAt,
}: {
  indicator: ReportingIndicator;
  parts: PartValues;
  total: number | null;
  /** Dimensions whose parts do not add up, once the form was checked (else empty). */
  mismatches: PartsProblem[];
  onChange: (categoryId: string) => (value: number | null, state: InputState) => void;
  errorAt: (field: ValueField) => string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      {indicator.dimensions.map((dimension) => {
        const mismatch = mismatches.find((p) => p.dimensionName === dimension.name);
        const sum = dimension.categories.reduce((acc, c) => acc + (parts[c.id] ?? 0), 0);
        return (
          <fieldset key={dimension.id} className="measurement-form__parts">
            <legend className="field__label">{t('reporting.form.partsLegend', { dimension: dimension.name })}</legend>
            <p className="field__hint">{indicator.aggregation === 'SUM' ? t('reporting.form.partsHintSum') : t('reporting.form.partsHint')}</p>
            <div className="measurement-form__part-fields">
              {[...dimension.categories]
                .sort((a, b) => a.position - b.position)
                .map((category) => (
                  <NumberField
                    key={category.id}
                    label={category.name}
                    optional
                    value={parts[category.id] ?? null}
                    onChange={onChange(category.id)}
                    error={errorAt({ categoryId: category.id })}
                  />
                ))}
            </div>
            {indicator.aggregation === 'SUM' ? (
              <p className={mismatch ? 'field__error' : 'muted'}>
                {mismatch ? <span aria-hidden="true">⚠ </span> : null}
                {t('reporting.form.partsSum', { sum: format.number(sum), total: format.number(total) })}
              </p>
            ) : null}
          </fieldset>
        );
      })}
    </>
  );
}
