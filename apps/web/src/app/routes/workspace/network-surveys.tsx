import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { ConditionEyebrow } from '@/components/help/condition-eyebrow';
import { useSurveyRound } from '@/features/network/api/surveys';
import { SurveyRoundView } from '@/features/network/components/survey-round';
import { SurveyRoundsView } from '@/features/network/components/survey-rounds';
import { useActivityViewer } from './activities';
import { PageTitle } from './page-title';

/** Funders and observers take no part in network surveys. */
const takesPart = (role: string) => role === 'BACKBONE' || role === 'PARTNER';

export function SurveyRoundsRoute() {
  const { t } = useTranslation();
  const { alliance, viewer } = useActivityViewer();
  return (
    <div className="page">
      <PageTitle area={t('network.surveys.title')} alliance={alliance.name} />
      <PageHeader
        eyebrow={<ConditionEyebrow text={t('activities.eyebrow')} />}
        title={t('network.surveys.title')}
        description={t('network.surveys.description')}
        actions={
          <ButtonLink to=".." relative="path" icon="arrowLeft">
            {t('network.surveys.backToNetwork')}
          </ButtonLink>
        }
      />
      {takesPart(viewer.role) ? (
        <SurveyRoundsView allianceId={alliance.id} viewer={viewer} />
      ) : (
        <EmptyState icon="info" title={t('network.surveys.noPart.title')}>
          {t('network.surveys.noPart.text')}
        </EmptyState>
      )}
    </div>
  );
}

export function SurveyRoundRoute() {
  const { t } = useTranslation();
  const { alliance, viewer } = useActivityViewer();
  const { roundId = '' } = useParams();
  const round = useSurveyRound(alliance.id, roundId);
  const title = round.data?.round.title ?? t('network.surveys.title');
  return (
    <div className="page">
      <PageTitle area={title} alliance={alliance.name} />
      <PageHeader
        eyebrow={<ConditionEyebrow text={t('network.surveys.title')} />}
        title={title}
        actions={
          <ButtonLink to=".." relative="path" icon="arrowLeft">
            {t('network.surveys.backToRounds')}
          </ButtonLink>
        }
      />
      {takesPart(viewer.role) ? (
        <SurveyRoundView allianceId={alliance.id} roundId={roundId} />
      ) : (
        <EmptyState icon="info" title={t('network.surveys.noPart.title')}>
          {t('network.surveys.noPart.text')}
        </EmptyState>
      )}
    </div>
  );
}
