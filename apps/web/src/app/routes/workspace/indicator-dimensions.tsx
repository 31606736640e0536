import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { DimensionsList } from '@/features/indicators/components/dimensions-list';
import { IndicatorsTabs } from '@/features/indicators/components/indicators-tabs';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';
import { ConditionEyebrow } from '@/components/help/condition-eyebrow';

export function IndicatorDimensionsRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  const [creating, setCreating] = useState(false);
  const backbone = alliance.myRole === 'BACKBONE';

  return (
    <div className="page">
      <PageTitle area={t('indicators.dimensions.title')} alliance={alliance.name} />
      <PageHeader
        eyebrow={<ConditionEyebrow text={t('indicators.eyebrow')} />}
        title={t('indicators.dimensions.title')}
        description={backbone ? t('indicators.dimensions.descriptionBackbone') : t('indicators.dimensions.description')}
        actions={
          backbone ? (
            <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
              {t('indicators.dimensions.createTitle')}
            </Button>
          ) : undefined
        }
      />
      <IndicatorsTabs base={`/a/${alliance.id}/indicators`} />
      <DimensionsList allianceId={alliance.id} canManage={backbone} creating={creating} onCreatingChange={setCreating} />
    </div>
  );
}
