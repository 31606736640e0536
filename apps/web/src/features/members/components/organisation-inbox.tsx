import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RoleBadge } from '@/components/ui/role-badge';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useAcceptOrganisationInvitation, useOrganisationInvitations } from '../api/organisation-invitations';

/**
 * Invitations of an organisation the user administers: an alliance invited the organisation
 * (not an address), so one of its admins accepts on its behalf. Nothing shows when there are none.
 */
export function OrganisationInbox({ onAccepted }: { onAccepted: (allianceId: string) => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const format = useFormat();
  const invitations = useOrganisationInvitations();
  const accept = useAcceptOrganisationInvitation({ onSuccess: onAccepted });
  if (!invitations.data?.length) return null;

  return (
    <section className="stack" aria-labelledby="organisation-inbox-title">
      <h2 id="organisation-inbox-title">{t('members.identity.inboxTitle')}</h2>
      {accept.isError ? (
        <Alert tone="error" title={t('invitation.failed')}>
          {describe(accept.error)}
        </Alert>
      ) : null}
      <ul className="stack">
        {invitations.data.map((i) => (
          <li key={i.id} className="invitation-preview">
            <p>
              {t('members.identity.inboxText', {
                alliance: i.allianceName,
                organisation: i.organisationName,
                invitedBy: i.invitedByOrganisation ?? i.allianceName,
              })}{' '}
              <RoleBadge role={i.role} />
            </p>
            <p className="form__aside">
              {t('members.preview.validUntil')}: {format.date(i.expiresAt)}
            </p>
            <Button
              variant="primary"
              size="sm"
              loading={accept.isPending && accept.variables?.invitationId === i.id}
              onClick={() => accept.mutate({ allianceId: i.allianceId, invitationId: i.id })}
            >
              {t('members.identity.acceptFor', { organisation: i.organisationName })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
