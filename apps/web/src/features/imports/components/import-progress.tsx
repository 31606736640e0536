import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import type { ImportBatch } from '../api/get-import-batch';

/** A job's progress (checking or committing a large file); the batch query polls meanwhile. */
export function ImportProgress({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = t(`imports.progress.${batch.status}`);
  return (
    <section className="card import-section import-progress" aria-live="polite">
      <p id="import-progress-label">{label}</p>
      <progress className="import-progress__bar" max={batch.rowCount} value={batch.processedRows} aria-labelledby="import-progress-label" />
      <p className="import-progress__rows">{t('imports.progress.rows', { done: format.number(batch.processedRows), total: format.number(batch.rowCount) })}</p>
    </section>
  );
}
