import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { IndicatorsTabs } from '@/features/indicators/components/indicators-tabs';
import { ReportingPeriods } from '@/features/indicators/components/reporting-periods';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';
import { ConditionEyebrow } from '@/components/help/condition-eyebrow';

export function IndicatorPeriodsRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  const [opening, setOpening] = useState(false);
  const backbone = alliance.myRole === 'BACKBONE';

  return (
    <div className="page">
      <PageTitle area={t('indicators.periods.title')} alliance={alliance.name} />
      <PageHeader
        eyebrow={<ConditionEyebrow text={t('indicators.eyebrow')} />}
        title={t('indicators.periods.title')}
        description={backbone ? t('indicators.periods.descriptionBackbone') : t('indicators.periods.description')}
        actions={
          backbone ? (
            <Button variant="primary" icon="plus" onClick={() => setOpening(true)}>
              {t('indicators.periods.openTitle')}
            </Button>
          ) : undefined
        }
      />
      <IndicatorsTabs base={`/a/${alliance.id}/indicators`} />
      <ReportingPeriods allianceId={alliance.id} canManage={backbone} opening={opening} onOpenChange={setOpening} />
    </div>
  );
}
