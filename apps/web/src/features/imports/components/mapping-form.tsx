import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RadioGroup, SelectField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import type { ImportBatch } from '../api/get-import-batch';
import { useCheckImport } from '../api/import-steps';

/** Step 2: a column of the file for each field (recognised ones preselected) and the number format; then the dry-run. */
export function MappingForm({ allianceId, batch }: { allianceId: string; batch: ImportBatch }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const check = useCheckImport(allianceId);
  const [columns, setColumns] = useState<Record<string, string>>(() => Object.fromEntries(batch.columns.map((c) => [c.field, String(c.column)])));
  const [numberFormat, setNumberFormat] = useState<string>(batch.numberFormat);
  const options = [{ value: '', label: t('imports.mapping.none') }, ...batch.headers.map((h, i) => ({ value: String(i), label: h }))];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    check.mutate({
      batchId: batch.id,
      version: batch.version,
      numberFormat: numberFormat as ImportBatch['numberFormat'],
      columns: Object.entries(columns)
        .filter(([, c]) => c !== '')
        .map(([field, c]) => ({ field, column: Number(c) })),
    });
  };

  return (
    <section className="card import-section" aria-labelledby="import-mapping-heading">
      <h2 id="import-mapping-heading" className="card__title">
        {t('imports.mapping.heading')}
      </h2>
      <p>{t('imports.mapping.lead', { file: batch.fileName, rows: batch.rowCount })}</p>
      <form onSubmit={submit} noValidate>
        <div className="import-mapping">
          {batch.fields.map((f) => (
            <SelectField
              key={f.key}
              label={f.required ? `${f.label} (${t('imports.mapping.required')})` : f.label}
              optional={!f.required}
              value={columns[f.key] ?? ''}
              onChange={(e) => setColumns((c) => ({ ...c, [f.key]: e.target.value }))}
              options={options}
            />
          ))}
        </div>
        <RadioGroup
          legend={t('imports.mapping.numberFormat')}
          name="numberFormat"
          value={numberFormat}
          onChange={setNumberFormat}
          options={[
            { value: 'DE', label: t('imports.mapping.numberDE') },
            { value: 'EN', label: t('imports.mapping.numberEN') },
          ]}
        />
        {check.isError ? <Alert tone="error">{describe(check.error)}</Alert> : null}
        <Button type="submit" variant="primary" loading={check.isPending}>
          {t('imports.mapping.submit')}
        </Button>
      </form>
    </section>
  );
}
