import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { UserMenu } from '@/features/auth/components/user-menu';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { ProviderFeedbackPage } from '@/features/participation/components/provider-feedback-page';
import { MyOffersPage } from '@/features/portal/components/my-offers-page';

/**
 * A provider's own place in an alliance's portal: "Meine Angebote" and the feedback on them
 * (`feedback`: read approved experiences, answer in public). Providers (role PROVIDER) have no
 * workspace; members who list offers reach these pages from their workspace.
 */
export function ProviderPortalRoute() {
  const { t } = useTranslation();
  const { allianceId = '', '*': rest = '' } = useParams();
  // The reminder mail links to offers/<id>/confirm: that offer is confirmed on arrival.
  const confirmOfferId = /^offers\/([0-9a-f-]{36})\/confirm$/.exec(rest)?.[1];
  const navigate = useNavigate();
  return (
    <AppShell
      userMenu={
        <>
          <NotificationBell />
          <UserMenu onLoggedOut={() => void navigate('/login', { replace: true })} />
        </>
      }
      navigation={[
        { to: `/portal/${allianceId}/offers`, label: t('portal.nav.myOffers'), icon: 'activities' },
        { to: `/portal/${allianceId}/feedback`, label: t('participation.provider.nav'), icon: 'review' },
      ]}
      navigationLabel={t('portal.eyebrow')}
    >
      {rest === 'feedback' ? <ProviderFeedbackPage allianceId={allianceId} /> : <MyOffersPage allianceId={allianceId} confirmOfferId={confirmOfferId} />}
    </AppShell>
  );
}
