import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { ImportPage } from '@/features/imports/components/import-page';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

/** `?batch=<id>` opens one import batch; without it the upload and the list of earlier imports. */
export function ImportsRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  const [params, setParams] = useSearchParams();
  const batchId = params.get('batch');
  const mayImport = alliance.myRole === 'BACKBONE' || alliance.myRole === 'PARTNER';
  return (
    <>
      <PageTitle area={t('imports.title')} alliance={alliance.name} />
      <div className="page">
        <PageHeader title={t('imports.title')} description={t('imports.description')} />
        {mayImport ? (
          <ImportPage allianceId={alliance.id} batchId={batchId} onOpen={(id) => setParams(id ? { batch: id } : {})} />
        ) : (
          <Alert tone="info">{t('imports.notForRole')}</Alert>
        )}
      </div>
    </>
  );
}
