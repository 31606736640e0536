import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import type { SettingsAlliance } from '../utils/alliance';
import { ApiTokensSection } from './api-tokens-section';
import { BrandingForm } from './branding-form';
import { DistrictsSection } from './districts-section';
import { LifecycleSection } from './lifecycle-section';
import { ProfileForm } from './profile-form';
import { PublicProgressSection } from './public-progress-section';
import { SmallNumbersSection } from './small-numbers-section';

/** The backbone's settings of the alliance: profile, appearance, districts and phase. */
export function SettingsPage({ alliance }: { alliance: SettingsAlliance }) {
  const { t } = useTranslation();
  if (alliance.myRole !== 'BACKBONE') {
    return (
      <div className="page page--narrow">
        <PageHeader title={t('settings.title')} />
        <Alert tone="info" title={t('settings.backboneOnlyTitle')}>
          {t('settings.backboneOnly')}
        </Alert>
      </div>
    );
  }
  return (
    <div className="page settings">
      <PageHeader eyebrow={t('settings.eyebrow')} title={t('settings.title')} description={t('settings.description')} />
      <ProfileForm alliance={alliance} />
      <BrandingForm alliance={alliance} />
      <DistrictsSection allianceId={alliance.id} />
      <LifecycleSection alliance={alliance} />
      <SmallNumbersSection allianceId={alliance.id} />
      <PublicProgressSection allianceId={alliance.id} allianceName={alliance.name} />
      {/* Tokens act in the alliance on their own: only the backbone's admins hand them out. */}
      {alliance.myIsAdmin ? <ApiTokensSection allianceId={alliance.id} /> : null}
    </div>
  );
}
