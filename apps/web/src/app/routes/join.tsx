import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { UserMenu } from '@/features/auth/components/user-menu';
import { useJoinLinkPreview } from '@/features/onboarding/api/join-directory';
import { JoinableAllianceCard } from '@/features/onboarding/components/join-alliance';

/** A backbone's join link: /join/<token>, for a signed-in organisation to ask to join. */
export function JoinRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const preview = useJoinLinkPreview(token);
  return (
    <AppShell userMenu={<UserMenu onLoggedOut={() => void navigate('/login', { replace: true })} />}>
      <title>{`${t('onboarding.join.linkTitle')} · ${t('common.appName')}`}</title>
      <div className="page page--narrow">
        <PageHeader title={t('onboarding.join.linkTitle')} />
        {preview.isPending ? <LoadingState /> : null}
        {preview.isError ? <Alert tone="error">{t('onboarding.join.linkInvalid')}</Alert> : null}
        {preview.data ? <JoinableAllianceCard alliance={preview.data} joinToken={token} startOpen /> : null}
      </div>
    </AppShell>
  );
}
