import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { RoleBadge } from '@/components/ui/role-badge';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { usePendingInvitations, type PendingInvitation } from '../api/get-pending-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';

/** Open invitations (backbone only) with the option to withdraw them. */
export function PendingInvitations({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const invitations = usePendingInvitations(allianceId);
  const [revoking, setRevoking] = useState<PendingInvitation | null>(null);

  if (invitations.isPending) return <LoadingState />;
  if (invitations.isError)
    return (
      <Alert tone="error" title={t('members.pending.loadFailed')}>
        {describe(invitations.error)}
      </Alert>
    );
  if (!invitations.data.length) return <p className="muted">{t('members.pending.none')}</p>;

  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('members.pending.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('members.columns.organisation')}</th>
              <th scope="col">{t('members.pending.email')}</th>
              <th scope="col">{t('members.columns.role')}</th>
              <th scope="col" className="table__optional">
                {t('members.pending.invitedOn')}
              </th>
              <th scope="col">{t('members.pending.validUntil')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('members.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invitations.data.map((i) => (
              <tr key={i.id}>
                <th scope="row" className="table__primary">
                  {i.organisation.name}
                </th>
                <td className="table__break">{i.email ?? t('members.identity.toAdmins')}</td>
                <td>
                  <RoleBadge role={i.role} />
                </td>
                <td className="table__optional">{format.date(i.createdAt)}</td>
                <td>{format.date(i.expiresAt)}</td>
                <td className="table__actions">
                  <Button size="sm" variant="ghost" onClick={() => setRevoking(i)}>
                    {t('members.pending.revoke')} <span className="visually-hidden">– {i.organisation.name}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RevokeDialog allianceId={allianceId} invitation={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}

function RevokeDialog({ allianceId, invitation, onClose }: { allianceId: string; invitation: PendingInvitation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const revoke = useRevokeInvitation(allianceId, { onSuccess: onClose });
  const close = () => {
    revoke.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={invitation !== null}
      onClose={close}
      title={t('members.pending.revokeTitle')}
      description={
        invitation
          ? t('members.pending.revokeText', { organisation: invitation.organisation.name, email: invitation.email ?? t('members.identity.toAdmins') })
          : undefined
      }
      confirmLabel={t('members.pending.revokeConfirm')}
      pending={revoke.isPending}
      onConfirm={() => invitation && revoke.mutate(invitation.id)}
    >
      {revoke.isError ? <Alert tone="error">{describe(revoke.error)}</Alert> : null}
    </ConfirmDialog>
  );
}
