import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { ExportMenu } from '@/components/ui/export-menu';
import { IndicatorFormDialog } from '@/features/indicators/components/indicator-form-dialog';
import { IndicatorsOverview } from '@/features/indicators/components/indicators-overview';
import { IndicatorsTabs } from '@/features/indicators/components/indicators-tabs';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';
import { ConditionEyebrow } from '@/components/help/condition-eyebrow';

export function IndicatorsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const alliance = useWorkspaceAlliance();
  const [creating, setCreating] = useState(false);
  const backbone = alliance.myRole === 'BACKBONE';
  const base = `/a/${alliance.id}/indicators`;

  return (
    <div className="page">
      <PageTitle area={t('nav.indicators')} alliance={alliance.name} />
      <PageHeader
        eyebrow={<ConditionEyebrow text={t('indicators.eyebrow')} />}
        title={t('indicators.title')}
        description={t('indicators.description')}
        actions={
          <>
            <ExportMenu allianceId={alliance.id} list="indicators" what={t('indicators.title')} />
            {backbone ? (
              <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
                {t('indicators.form.createTitle')}
              </Button>
            ) : null}
          </>
        }
      />
      <IndicatorsTabs base={base} />
      <IndicatorsOverview allianceId={alliance.id} role={alliance.myRole} onCreate={() => setCreating(true)} />
      {backbone ? (
        <IndicatorFormDialog
          allianceId={alliance.id}
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            void navigate(`${base}/${id}`);
          }}
        />
      ) : null}
    </div>
  );
}
