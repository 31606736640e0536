import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { ReviewPage } from '@/features/reporting/components/review-page';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

export function ReviewRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('reporting.review.title')} alliance={alliance.name} />
      {alliance.myRole === 'BACKBONE' ? (
        <ReviewPage allianceId={alliance.id} />
      ) : (
        <div className="page page--narrow">
          <PageHeader title={t('reporting.review.title')} />
          <Alert tone="info">{t('reporting.review.notForRole')}</Alert>
        </div>
      )}
    </>
  );
}
