import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { isRunning, useImportBatch, type ImportBatch } from '../api/get-import-batch';
import { useCommitImport, useUndoImport } from '../api/import-steps';
import { ImportProgress } from './import-progress';
import { ImportSteps } from './import-steps';
import { MappingForm } from './mapping-form';
import { PreviewRows } from './preview-rows';
import { UploadForm } from './upload-form';

/** One batch on its way: mapping → (progress) → preview with row errors → commit → result with undo. */
export function BatchView({ allianceId, batchId, onOpen }: { allianceId: string; batchId: string; onOpen: (batchId: string | null) => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const batch = useImportBatch(allianceId, batchId);
  const [remap, setRemap] = useState(false);

  if (batch.isPending) return <LoadingState />;
  if (batch.isError) return <Alert tone="error">{describe(batch.error, { NOT_FOUND: t('imports.loadFailed') })}</Alert>;
  const b = batch.data;
  const mapping = b.status === 'UPLOADED' || b.status === 'FAILED' || (b.status === 'PREVIEWED' && remap);

  return (
    <div className="stack">
      <ImportSteps status={b.status} />
      {b.failure ? <Alert tone="error">{t('imports.result.failed', { reason: b.failure })}</Alert> : null}
      {isRunning(b.status) ? <ImportProgress batch={b} /> : null}
      {mapping ? <MappingForm key={b.version} allianceId={allianceId} batch={b} /> : null}
      {b.status === 'PREVIEWED' && !remap ? <Preview allianceId={allianceId} batch={b} onRemap={() => setRemap(true)} onUploaded={(id) => onOpen(id)} /> : null}
      {b.status === 'COMMITTED' || b.status === 'UNDONE' ? <Result allianceId={allianceId} batch={b} /> : null}
      {b.status === 'COMMITTED' || b.status === 'UNDONE' ? (
        <Button onClick={() => onOpen(null)} icon="upload">
          {t('imports.result.newImport')}
        </Button>
      ) : null}
    </div>
  );
}

function Preview({
  allianceId,
  batch,
  onRemap,
  onUploaded,
}: {
  allianceId: string;
  batch: ImportBatch;
  onRemap: () => void;
  onUploaded: (id: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const commit = useCommitImport(allianceId);
  return (
    <section className="card import-section" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" className="card__title">
        {t('imports.preview.heading')}
      </h2>
      {batch.errorRows > 0 ? (
        <Alert tone="error" title={t('imports.preview.fixTitle')}>
          <p>{t('imports.preview.summary', { rows: batch.rowCount, errors: batch.errorRows })}</p>
          <p>{t('imports.preview.fix')}</p>
        </Alert>
      ) : (
        <Alert tone="success">{t('imports.preview.clean', { rows: batch.rowCount })}</Alert>
      )}
      <PreviewRows allianceId={allianceId} batch={batch} />
      {commit.isError ? <Alert tone="error">{describe(commit.error)}</Alert> : null}
      <div className="import-actions">
        {batch.errorRows === 0 ? (
          <Button variant="primary" loading={commit.isPending} onClick={() => commit.mutate({ batchId: batch.id, version: batch.version })}>
            {t('imports.preview.commit', { count: batch.rowCount })}
          </Button>
        ) : null}
        <Button onClick={onRemap}>{t('imports.preview.remap')}</Button>
      </div>
      {batch.errorRows > 0 ? (
        <details className="import-reupload">
          <summary>{t('imports.preview.uploadAgain')}</summary>
          <UploadForm allianceId={allianceId} onUploaded={onUploaded} />
        </details>
      ) : null}
    </section>
  );
}

function Result({ allianceId, batch }: { allianceId: string; batch: ImportBatch }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const undo = useUndoImport(allianceId);
  const [confirming, setConfirming] = useState(false);
  if (batch.status === 'UNDONE') return <Alert tone="info">{t('imports.result.undone')}</Alert>;
  return (
    <section className="card import-section">
      <Alert tone="success">
        {t('imports.result.committed', { created: batch.createdCount ?? 0, updated: batch.updatedCount ?? 0 })}
        {batch.kind === 'measurements' ? ` ${t('imports.result.committedDrafts')}` : null}
      </Alert>
      {undo.isError ? <Alert tone="error">{describe(undo.error)}</Alert> : null}
      {confirming ? (
        <Alert
          tone="warning"
          actions={
            <>
              <Button
                variant="danger"
                loading={undo.isPending}
                onClick={() => undo.mutate({ batchId: batch.id, version: batch.version }, { onSettled: () => setConfirming(false) })}
              >
                {t('imports.result.undoYes')}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t('imports.result.undoNo')}</Button>
            </>
          }
        >
          {t('imports.result.undoConfirm', { count: (batch.createdCount ?? 0) + (batch.updatedCount ?? 0) })}
        </Alert>
      ) : (
        <div>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t('imports.result.undo')}
          </Button>
        </div>
      )}
    </section>
  );
}
