import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { PageHeader } from '@/components/ui/page-header';
import { UserMenu } from '@/features/auth/components/user-menu';
import { CreateAllianceForBackboneForm } from '@/features/onboarding/components/create-alliance-for-backbone-form';
import { RegistrationSetting } from '@/features/onboarding/components/registration-setting';
import { useUser } from '@/lib/auth';

/** Platform administration: self-registration, new alliances with their backbone, dead letters. */
export function AdminRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: user } = useUser();
  if (!user?.isPlatformAdmin) return <Navigate to="/" replace />;
  return (
    <AppShell userMenu={<UserMenu onLoggedOut={() => void navigate('/login', { replace: true })} />}>
      <title>{`${t('onboarding.admin.title')} · ${t('common.appName')}`}</title>
      <div className="page page--narrow">
        <PageHeader
          title={t('onboarding.admin.title')}
          description={t('onboarding.admin.description')}
          actions={<Link to="/admin/mail">{t('onboarding.admin.deadLetters')}</Link>}
        />
        <section className="card card--padded section" aria-labelledby="admin-registration">
          <h2 id="admin-registration" className="card__title">
            {t('onboarding.admin.registration.title')}
          </h2>
          <RegistrationSetting />
        </section>
        <section className="card card--padded section" aria-labelledby="admin-create">
          <h2 id="admin-create" className="card__title">
            {t('onboarding.admin.create.title')}
          </h2>
          <p className="card__description">{t('onboarding.admin.create.description')}</p>
          <CreateAllianceForBackboneForm />
        </section>
      </div>
    </AppShell>
  );
}
