import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { BatchList } from './batch-list';
import { BatchView } from './batch-view';
import { UploadForm } from './upload-form';

/** The import wizard: without a batch the upload and the list; with one (`batchId`) its steps. */
export function ImportPage({ allianceId, batchId, onOpen }: { allianceId: string; batchId: string | null; onOpen: (batchId: string | null) => void }) {
  const { t } = useTranslation();
  if (batchId) {
    return (
      <div className="stack">
        <div>
          <Button size="sm" variant="ghost" onClick={() => onOpen(null)}>
            {t('imports.back')}
          </Button>
        </div>
        <BatchView allianceId={allianceId} batchId={batchId} onOpen={onOpen} />
      </div>
    );
  }
  return (
    <div className="stack">
      <UploadForm allianceId={allianceId} onUploaded={onOpen} />
      <BatchList allianceId={allianceId} onOpen={onOpen} />
    </div>
  );
}
