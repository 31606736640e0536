import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { ConditionEyebrow } from '@/components/help/condition-eyebrow';
import { ActivitiesNav } from '@/features/activities/components/activities-nav';
import { NetworkView } from '@/features/network/components/network-view';
import { useActivityViewer } from './activities';
import { PageTitle } from './page-title';

export function NetworkRoute() {
  const { t } = useTranslation();
  const { alliance, viewer } = useActivityViewer();
  return (
    <div className="page">
      <PageTitle area={t('network.title')} alliance={alliance.name} />
      <PageHeader
        eyebrow={<ConditionEyebrow text={t('activities.eyebrow')} />}
        title={t('network.title')}
        description={t('network.description')}
        actions={
          viewer.role === 'BACKBONE' || viewer.role === 'PARTNER' ? (
            <ButtonLink to="surveys" icon="review">
              {t('network.surveys.title')}
            </ButtonLink>
          ) : null
        }
      />
      {viewer.role !== 'OBSERVER' ? <ActivitiesNav allianceId={alliance.id} kind={alliance.kind} /> : null}
      <NetworkView allianceId={alliance.id} viewer={viewer} />
    </div>
  );
}
