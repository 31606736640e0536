import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { LoadingState } from '@/components/ui/spinner';
import { MembershipStateBadge, RoleBadge } from '@/components/ui/role-badge';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import type { MembershipRole } from '@/gql/graphql';
import { isApiError } from '@/lib/graphql-client';
import { useChangeMemberRole } from '../api/change-member-role';
import { membersQueryOptions, useMembers, type Member } from '../api/get-members';
import { useMemberPeople } from '../api/member-people';
import { canManageMembers, type Viewer } from '../utils/viewer';
import { ChangeRoleDialog } from './change-role-dialog';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { useConflictState } from '@/components/ui/use-conflict-state';

/** The alliance's member organisations; the backbone can change roles from here. */
export function MembersList({ allianceId, viewer }: { allianceId: string; viewer: Viewer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const members = useMembers(allianceId);
  const people = useMemberPeople(allianceId);
  const [showLeft, setShowLeft] = useState(false);
  const [editing, setEditing] = useState<Member | null>(null);
  const conflict = useConflictState<Member, MembershipRole>();
  // Re-applying a role change after a conflict happens here: the role dialog is closed by then.
  const reapplying = useChangeMemberRole(allianceId);
  const showConflict = (membershipId: string, role: MembershipRole) =>
    void conflict.show(membersQueryOptions(allianceId), (list) => list.find((m) => m.id === membershipId), role);
  const manage = canManageMembers(viewer);

  if (members.isPending) return <LoadingState label={t('members.loading')} />;
  if (members.isError)
    return (
      <Alert
        tone="error"
        title={t('members.loadFailed')}
        actions={
          <Button size="sm" onClick={() => void members.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {describe(members.error)}
      </Alert>
    );

  const leftCount = members.data.filter((m) => m.state === 'LEFT').length;
  const visible = showLeft ? members.data : members.data.filter((m) => m.state !== 'LEFT');

  return (
    <div className="members">
      {reapplying.isError && !isApiError(reapplying.error, 'CONFLICT') ? (
        <Alert tone="error" title={t('members.changeRoleDialog.failed')}>
          {describe(reapplying.error)}
        </Alert>
      ) : null}
      {leftCount > 0 ? (
        <div className="toolbar">
          <label className="checkbox">
            <input type="checkbox" checked={showLeft} onChange={(e) => setShowLeft(e.target.checked)} />
            <span>{t('members.showLeft', { count: leftCount })}</span>
          </label>
        </div>
      ) : null}
      <DataTable
        cards
        caption={t('members.tableCaption', { count: visible.length })}
        rows={visible}
        rowKey={(m) => m.id}
        columns={[
          {
            key: 'organisation',
            header: t('members.columns.organisation'),
            rowHeader: true,
            className: 'table__primary',
            cell: (m) => (
              <>
                <span className="member-name">{m.organisation.name}</span>
                {m.id === viewer.membershipId ? <Badge tone="accent">{t('members.yourOrganisation')}</Badge> : null}
                <span className="table__secondary">
                  {t(`organisationKinds.${m.organisation.kind}`)}
                  {m.organisation.city ? ` · ${m.organisation.city}` : ''}
                </span>
              </>
            ),
          },
          { key: 'role', header: t('members.columns.role'), cell: (m) => <RoleBadge role={m.role} /> },
          { key: 'state', header: t('members.columns.state'), cell: (m) => <MembershipStateBadge state={m.state} /> },
          {
            key: 'joined',
            header: t('members.columns.joined'),
            cell: (m) => (m.state === 'LEFT' ? t('members.leftOn', { date: format.date(m.leftAt) }) : format.date(m.joinedAt)),
          },
          {
            key: 'people',
            header: t('members.columns.people'),
            className: 'table__optional',
            cell: (m) => (
              <>
                <span className="table__numeric">{format.number(m.seatCount)}</span>
                {people.data?.get(m.id)?.length ? (
                  <ul className="member-people" aria-label={t('members.peopleOf', { organisation: m.organisation.name })}>
                    {people.data.get(m.id)!.map((p) => (
                      <li key={p.userId}>
                        {p.name}
                        {p.isAdmin ? <span className="table__secondary"> · {t('members.personAdmin')}</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </>
            ),
          },
          manage && {
            key: 'actions',
            header: t('members.columns.actions'),
            headerHidden: true,
            cellClassName: 'table__actions',
            cell: (m) =>
              m.state !== 'LEFT' ? (
                <Button size="sm" variant="ghost" onClick={() => setEditing(m)}>
                  {t('members.changeRole')} <span className="visually-hidden">– {m.organisation.name}</span>
                </Button>
              ) : null,
          },
        ]}
      />
      <ChangeRoleDialog
        allianceId={allianceId}
        member={editing}
        onClose={() => setEditing(null)}
        onConflict={(member, role) => {
          setEditing(null);
          showConflict(member.id, role);
        }}
      />
      <ConflictDialog
        {...conflict.dialog({
          describe: (m) => t('members.conflict.stored', { role: t(`roles.${m.role}`), state: t(`membershipStates.${m.state}`) }),
          mine: (role) => t(`roles.${role}`),
          reload: () => void members.refetch(),
          // A member who left has no role to change; the same role needs no change.
          canReapply: (m, role) => m.state !== 'LEFT' && m.role !== role,
          reapply: (m, role) =>
            reapplying.mutate(
              { membershipId: m.id, role, version: m.version },
              { onError: (error) => (isApiError(error, 'CONFLICT') ? showConflict(m.id, role) : undefined) },
            ),
        })}
      />
    </div>
  );
}
