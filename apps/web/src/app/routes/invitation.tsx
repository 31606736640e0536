import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { LoadingState } from '@/components/ui/spinner';
import { AcceptInvitation } from '@/features/members/components/accept-invitation';
import { InvitationPreviewPanel } from '@/features/members/components/invitation-preview';
import { loginPath, useLogout, useUser } from '@/lib/auth';

/** The link from an invitation: what it is for, then accept as the signed-in person or create the account first. */
export function InvitationRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const user = useUser();
  const logout = useLogout();

  return (
    <AuthLayout title={t('invitation.title')} description={t('invitation.description')}>
      <title>{`${t('invitation.title')} · ${t('common.appName')}`}</title>
      {user.isPending ? (
        <LoadingState />
      ) : (
        <InvitationPreviewPanel token={token} signedIn={!!user.data}>
          <AcceptInvitation
            token={token}
            user={user.data ?? null}
            loginHref={loginPath(`/invitation/${encodeURIComponent(token)}`)}
            onAccepted={(accepted) => void navigate(`/a/${accepted.allianceId}`, { replace: true })}
            onSwitchAccount={() => logout.mutate()}
          />
        </InvitationPreviewPanel>
      )}
    </AuthLayout>
  );
}
