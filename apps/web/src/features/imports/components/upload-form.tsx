import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import { useImportKinds } from '../api/get-import-kinds';
import { useUploadImport } from '../api/upload-import';

/** Step 1: the kind and the file. On success the page opens the new batch. */
export function UploadForm({ allianceId, onUploaded }: { allianceId: string; onUploaded: (batchId: string) => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const kinds = useImportKinds(allianceId);
  const upload = useUploadImport(allianceId);
  const [kind, setKind] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  // Measurements first where the caller may import them: the most frequent import; the others are picked in the list.
  const chosen = kind || (kinds.data?.find((k) => k.name === 'measurements') ?? kinds.data?.[0])?.name || '';
  const fields = kinds.data?.find((k) => k.name === chosen)?.fields ?? [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setMissing(true);
    upload.mutate({ kind: chosen, file }, { onSuccess: (r) => onUploaded(r.batchId) });
  };

  return (
    <section className="card import-section" aria-labelledby="import-upload-heading">
      <h2 id="import-upload-heading" className="card__title">
        {t('imports.upload.heading')}
      </h2>
      <form onSubmit={submit} noValidate>
        {kinds.data && kinds.data.length > 1 ? (
          <SelectField
            label={t('imports.upload.kind')}
            value={chosen}
            onChange={(e) => setKind(e.target.value)}
            options={kinds.data.map((k) => ({ value: k.name, label: t(`imports.kinds.${k.name}`, { defaultValue: k.name }) }))}
          />
        ) : null}
        <div className="field">
          <label className="field__label" htmlFor="import-file">
            {t('imports.upload.file')}
          </label>
          <p className="field__hint" id="import-file-hint">
            {t('imports.upload.fileHint')}
          </p>
          <input
            id="import-file"
            className="input import-upload__file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
            aria-invalid={missing || undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setMissing(false);
            }}
          />
          {missing ? <p className="field__error">{t('imports.upload.noFile')}</p> : null}
        </div>
        {fields.length ? <p className="import-upload__columns">{t('imports.upload.template', { columns: fields.map((f) => f.label).join(', ') })}</p> : null}
        {upload.isError ? <Alert tone="error">{describe(upload.error)}</Alert> : null}
        <Button type="submit" variant="primary" icon="upload" loading={upload.isPending} disabled={!chosen}>
          {t('imports.upload.submit')}
        </Button>
      </form>
    </section>
  );
}
