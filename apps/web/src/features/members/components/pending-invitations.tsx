import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
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
  const [notice, setNotice] = useState<string | null>(null);

  if (invitations.isPending) return <LoadingState />;
  if (invitations.isError)
    return (
      <Alert tone="error" title={t('members.pending.loadFailed')}>
        {describe(invitations.error)}
      </Alert>
    );
  const said = notice ? <Alert tone="success">{notice}</Alert> : null;
  if (!invitations.data.length)
    return (
      <>
        {said}
        <p className="muted">{t('members.pending.none')}</p>
      </>
    );

  return (
    <>
      {said}
      <DataTable
        cards
        caption={t('members.pending.title')}
        rows={invitations.data}
        rowKey={(i) => i.id}
        columns={[
          {
            key: 'organisation',
            header: t('members.columns.organisation'),
            rowHeader: true,
            cellClassName: 'table__primary',
            cell: (i) => i.organisation.name,
          },
          { key: 'email', header: t('members.pending.email'), cellClassName: 'table__break', cell: (i) => i.email ?? t('members.identity.toAdmins') },
          { key: 'role', header: t('members.columns.role'), cell: (i) => <RoleBadge role={i.role} /> },
          { key: 'invited', header: t('members.pending.invitedOn'), className: 'table__optional', cell: (i) => format.date(i.createdAt) },
          { key: 'valid', header: t('members.pending.validUntil'), cell: (i) => format.date(i.expiresAt) },
          {
            key: 'actions',
            header: t('members.columns.actions'),
            headerHidden: true,
            cellClassName: 'table__actions',
            cell: (i) => (
              <Button size="sm" variant="ghost" onClick={() => setRevoking(i)}>
                {t('members.pending.revoke')} <span className="visually-hidden">– {i.organisation.name}</span>
              </Button>
            ),
          },
        ]}
      />
      <RevokeDialog
        allianceId={allianceId}
        invitation={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(invitation) => setNotice(t('members.pending.revokedNotice', { organisation: invitation.organisation.name }))}
      />
    </>
  );
}

function RevokeDialog({
  allianceId,
  invitation,
  onClose,
  onRevoked,
}: {
  allianceId: string;
  invitation: PendingInvitation | null;
  onClose: () => void;
  onRevoked: (invitation: PendingInvitation) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const revoke = useRevokeInvitation(allianceId, {
    onSuccess: () => {
      if (invitation) onRevoked(invitation);
      onClose();
    },
  });
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
