import { MEMBERSHIP_ROLES } from '@gemeinwerk/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { RadioGroup } from '@/components/ui/field';
import type { MembershipRole } from '@/gql/graphql';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useChangeMemberRole } from '../api/change-member-role';
import type { Member } from '../api/get-members';

export function ChangeRoleDialog({
  allianceId,
  member,
  onClose,
  onConflict,
}: {
  allianceId: string;
  member: Member | null;
  onClose: () => void;
  onConflict: (member: Member, role: MembershipRole) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={member !== null}
      onClose={onClose}
      title={t('members.changeRoleDialog.title')}
      description={member ? t('members.changeRoleDialog.description', { organisation: member.organisation.name }) : undefined}
    >
      {member ? <ChangeRoleForm key={member.id} allianceId={allianceId} member={member} onDone={onClose} onConflict={onConflict} /> : null}
    </Dialog>
  );
}

function ChangeRoleForm({
  allianceId,
  member,
  onDone,
  onConflict,
}: {
  allianceId: string;
  member: Member;
  onDone: () => void;
  onConflict: (member: Member, role: MembershipRole) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [role, setRole] = useState<MembershipRole>(member.role);
  const change = useChangeMemberRole(allianceId, { onSuccess: onDone });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (role === member.role) return onDone();
    change.mutate(
      { membershipId: member.id, role, version: member.version },
      { onError: (error) => (isApiError(error, 'CONFLICT') ? onConflict(member, role) : undefined) },
    );
  };

  return (
    <form className="form" onSubmit={submit}>
      {change.isError && !isApiError(change.error, 'CONFLICT') ? (
        <Alert tone="error" title={t('members.changeRoleDialog.failed')}>
          {describe(change.error)}
        </Alert>
      ) : null}
      <RadioGroup
        legend={t('members.changeRoleDialog.role')}
        name="role"
        layout="list"
        value={role}
        onChange={(v) => setRole(v as MembershipRole)}
        options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`), description: t(`roleDescriptions.${r}`) }))}
      />
      <div className="form__actions">
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" loading={change.isPending}>
          {t('members.changeRoleDialog.submit')}
        </Button>
      </div>
    </form>
  );
}
