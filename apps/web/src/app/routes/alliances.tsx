import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useMyAlliances } from '@/features/alliances/api/get-my-alliances';
import { AllianceList } from '@/features/alliances/components/alliance-list';
import { CreateAllianceForm } from '@/features/alliances/components/create-alliance-form';
import { UserMenu } from '@/features/auth/components/user-menu';
import { OrganisationFindable } from '@/features/members/components/organisation-findable';
import { OrganisationInbox } from '@/features/members/components/organisation-inbox';
import { JoinDirectory } from '@/features/onboarding/components/join-alliance';
import { MyJoinRequests } from '@/features/onboarding/components/my-join-requests';
import { useOrganisationInvitations } from '@/features/members/api/organisation-invitations';
import { useErrorMessage } from '@/lib/errors';

/**
 * Where a signed-in user starts: their alliances, founding a new one and asking to join one.
 * Without any alliance it offers both ways in side by side. With exactly one alliance the start
 * page (`autoEnter`) goes straight into it.
 */
export function AlliancesRoute({ autoEnter = false }: { autoEnter?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const describe = useErrorMessage();
  const alliances = useMyAlliances();
  const [creating, setCreating] = useState(false);
  const [joining, setJoining] = useState(false);
  // Open invitations of the user's organisation wait here, so the start page does not skip them.
  const inbox = useOrganisationInvitations();
  // A message carried here by the page that sent the user (after leaving an alliance).
  const notice = (useLocation().state as { notice?: string } | null)?.notice;

  if (autoEnter && alliances.data?.length === 1 && (inbox.data?.length === 0 || inbox.isError))
    // A provider-only membership has no workspace: its place is "Meine Angebote".
    return <Navigate to={alliances.data[0]!.myRole === 'PROVIDER' ? `/portal/${alliances.data[0]!.id}/offers` : `/a/${alliances.data[0]!.id}`} replace />;

  const none = alliances.data?.length === 0;
  // Funders compare the alliances they fund side by side in the portfolio.
  const funder = alliances.data?.some((a) => a.myRole === 'FUNDER') ?? false;
  const showForm = creating || none;

  return (
    <AppShell userMenu={<UserMenu onLoggedOut={() => void navigate('/login', { replace: true })} />}>
      <title>{`${t('alliances.title')} · ${t('common.appName')}`}</title>
      <div className="page page--narrow">
        <PageHeader
          title={t('alliances.title')}
          description={t('alliances.description')}
          actions={
            funder || !showForm ? (
              <>
                {funder ? (
                  <ButtonLink to="/portfolio" icon="portfolio">
                    {t('nav.portfolio')}
                  </ButtonLink>
                ) : null}
                {!showForm ? (
                  <>
                    <Button icon="network" onClick={() => setJoining(true)}>
                      {t('onboarding.start.join')}
                    </Button>
                    <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
                      {t('alliances.create.open')}
                    </Button>
                  </>
                ) : null}
              </>
            ) : undefined
          }
        />
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        {alliances.isPending ? <LoadingState /> : null}
        {alliances.isError ? (
          <Alert
            tone="error"
            title={t('alliances.loadFailed')}
            actions={
              <Button size="sm" onClick={() => void alliances.refetch()}>
                {t('common.retry')}
              </Button>
            }
          >
            {describe(alliances.error)}
          </Alert>
        ) : null}
        <OrganisationInbox onAccepted={(allianceId) => void navigate(`/a/${allianceId}`)} />
        {alliances.data?.length ? <AllianceList alliances={alliances.data} /> : null}
        <MyJoinRequests />
        {none ? (
          <div className="card">
            <EmptyState icon="network" title={t('alliances.emptyTitle')}>
              <p>{t('alliances.emptyText')}</p>
            </EmptyState>
          </div>
        ) : null}
        {none ? (
          <section aria-labelledby="start-title">
            <h2 id="start-title" className="section__title">
              {t('onboarding.start.title')}
            </h2>
            <div className="start-choices">
              <div className="card card--padded">
                <h3 className="card__title">
                  <a href="#create-alliance-title">{t('onboarding.start.found')}</a>
                </h3>
                <p className="card__description">{t('onboarding.start.foundText')}</p>
              </div>
              <div className="card card--padded">
                <h3 className="card__title">
                  <a href="#join-title">{t('onboarding.start.join')}</a>
                </h3>
                <p className="card__description">{t('onboarding.start.joinText')}</p>
              </div>
            </div>
          </section>
        ) : null}
        {none || joining ? (
          <section className="card card--padded section" aria-labelledby="join-title">
            <h2 id="join-title" className="card__title">
              {t('onboarding.join.title')}
            </h2>
            <JoinDirectory />
          </section>
        ) : null}
        {showForm && alliances.data ? (
          <section className="card card--padded" aria-labelledby="create-alliance-title">
            <h2 id="create-alliance-title" className="card__title">
              {t('alliances.create.title')}
            </h2>
            <p className="card__description">{t('alliances.create.description')}</p>
            <CreateAllianceForm onCreated={(alliance) => void navigate(`/a/${alliance.id}`)} onCancel={none ? undefined : () => setCreating(false)} />
          </section>
        ) : null}
        <OrganisationFindable />
      </div>
    </AppShell>
  );
}
