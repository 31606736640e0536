import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { LoadingState } from '@/components/ui/spinner';
import { AcceptColleagueInvitation } from '@/features/colleagues/components/accept-colleague-invitation';
import { loginPath, useLogout, useUser } from '@/lib/auth';

/** The link from a colleague invitation mail. */
export function ColleagueInvitationRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const user = useUser();
  const logout = useLogout();
  return (
    <AuthLayout title={t('colleagues.accept.title')} description={t('colleagues.accept.description')}>
      <title>{`${t('colleagues.accept.title')} · ${t('common.appName')}`}</title>
      {user.isPending ? (
        <LoadingState />
      ) : (
        <AcceptColleagueInvitation
          token={token}
          user={user.data ?? null}
          loginHref={loginPath(`/colleague-invitation/${encodeURIComponent(token)}`)}
          onAccepted={(accepted) => void navigate(accepted.allianceIds.length === 1 ? `/a/${accepted.allianceIds[0]}` : '/alliances', { replace: true })}
          onSwitchAccount={() => logout.mutate()}
        />
      )}
    </AuthLayout>
  );
}
