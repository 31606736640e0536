import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { PageHeader } from '@/components/ui/page-header';
import { ExportMenu } from '@/components/ui/export-menu';
import { InviteOrganisationForm } from '@/features/members/components/invite-organisation-form';
import { LeaveAlliance } from '@/features/members/components/leave-alliance';
import { MembersList } from '@/features/members/components/members-list';
import { PendingInvitations } from '@/features/members/components/pending-invitations';
import { canManageMembers, type Viewer } from '@/features/members/utils/viewer';
import { JoinRequestsPanel } from '@/features/onboarding/components/join-requests-panel';
import { JoinSettingsPanel } from '@/features/onboarding/components/join-settings-panel';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';
import { ConditionEyebrow } from '@/components/help/condition-eyebrow';

export function MembersRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const alliance = useWorkspaceAlliance();
  const [inviting, setInviting] = useState(false);
  const viewer: Viewer = {
    role: alliance.myRole,
    isAdmin: alliance.myIsAdmin,
    membershipId: alliance.myMembershipId,
    organisationName: alliance.myOrganisation.name,
  };
  const manage = canManageMembers(viewer);

  return (
    <div className="page">
      <PageTitle area={t('nav.members')} alliance={alliance.name} />
      <PageHeader
        eyebrow={<ConditionEyebrow text={t('members.eyebrow')} />}
        title={t('members.title')}
        description={manage ? t('members.descriptionBackbone') : t('members.description')}
        actions={
          manage ? (
            <Button variant="primary" icon="plus" onClick={() => setInviting(true)}>
              {t('members.invite.open')}
            </Button>
          ) : undefined
        }
      />
      <section className="section" aria-labelledby="members-current">
        <div className="section__head">
          <h2 id="members-current" className="section__title">
            {t('members.current')}
          </h2>
          <ExportMenu align="end" allianceId={alliance.id} list="members" what={t('members.current')} />
        </div>
        <MembersList allianceId={alliance.id} viewer={viewer} />
      </section>
      {manage ? (
        <section className="section" aria-labelledby="members-pending">
          <h2 id="members-pending" className="section__title">
            {t('members.pending.title')}
          </h2>
          <PendingInvitations allianceId={alliance.id} />
        </section>
      ) : null}
      {manage ? (
        <section className="section" aria-labelledby="members-join-requests">
          <h2 id="members-join-requests" className="section__title">
            {t('onboarding.requests.title')}
          </h2>
          <JoinRequestsPanel allianceId={alliance.id} />
        </section>
      ) : null}
      {manage ? (
        <section className="section" aria-labelledby="members-joining">
          <h2 id="members-joining" className="section__title">
            {t('onboarding.requests.settings')}
          </h2>
          <JoinSettingsPanel allianceId={alliance.id} />
        </section>
      ) : null}
      {viewer.isAdmin ? (
        <section className="section" aria-label={t('members.leave.title')}>
          <LeaveAlliance
            allianceId={alliance.id}
            allianceName={alliance.name}
            viewer={viewer}
            onLeft={() =>
              void navigate('/alliances', {
                replace: true,
                state: { notice: t('members.leave.leftNotice', { organisation: viewer.organisationName, alliance: alliance.name }) },
              })
            }
          />
        </section>
      ) : null}
      <Dialog open={inviting} onClose={() => setInviting(false)} title={t('members.invite.title')} description={t('members.invite.description')}>
        <InviteOrganisationForm allianceId={alliance.id} onDone={() => setInviting(false)} />
      </Dialog>
    </div>
  );
}
