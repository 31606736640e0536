import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TextField } from '@/components/ui/field';
import { LoadingState } from '@/components/ui/spinner';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { formatDate } from '@/lib/i18n/format';
import {
  useInviteColleague,
  useOrganisationColleagues,
  useRemoveColleague,
  useRevokeColleagueInvitation,
  useSetColleagueAdmin,
  type Colleague,
} from '../api/organisation-colleagues';

/** One organisation's people for its admins: invite by e-mail, open invitations, admin role, removal. */
export function ColleaguesPanel({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const data = useOrganisationColleagues(organisationId);
  const setAdmin = useSetColleagueAdmin(organisationId);
  const remove = useRemoveColleague(organisationId);
  const revoke = useRevokeColleagueInvitation(organisationId);
  const [removing, setRemoving] = useState<Colleague | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; email: string } | null>(null);
  // What the last removal or withdrawal did, said on the page once the dialog has closed.
  const [notice, setNotice] = useState<string | null>(null);

  if (data.isPending) return <LoadingState />;
  if (data.isError) return <Alert tone="error">{describe(data.error)}</Alert>;
  const { organisationName, people, invitations } = data.data;
  const failure = setAdmin.error;

  return (
    <section className="card account-section" aria-labelledby={`colleagues-${organisationId}`}>
      <h2 id={`colleagues-${organisationId}`} className="card__title">
        {organisationName}
      </h2>
      <InviteColleagueForm organisationId={organisationId} />
      {failure ? <Alert tone="error">{describe(failure)}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <h3>{t('colleagues.people', { count: people.length })}</h3>
      <ul className="colleague-list" aria-label={t('colleagues.peopleOf', { organisation: organisationName })}>
        {people.map((p) => (
          <li key={p.userId} className="colleague-list__item">
            <div className="colleague-list__who">
              <p>
                <strong>{p.name}</strong> {p.isMe ? <Badge>{t('colleagues.you')}</Badge> : null}{' '}
                {p.isAdmin ? <Badge tone="accent">{t('colleagues.admin')}</Badge> : null}
              </p>
              <p className="muted">{t('colleagues.emailSince', { email: p.email, since: formatDate(p.since, i18n.language) })}</p>
            </div>
            <div className="colleague-list__actions">
              <Button
                size="sm"
                loading={setAdmin.isPending && setAdmin.variables?.userId === p.userId}
                onClick={() => setAdmin.mutate({ userId: p.userId, isAdmin: !p.isAdmin })}
              >
                {p.isAdmin ? (p.isMe ? t('colleagues.stepDown') : t('colleagues.revokeAdmin')) : t('colleagues.makeAdmin')}
              </Button>
              <Button size="sm" variant="danger" onClick={() => setRemoving(p)} aria-label={p.isMe ? undefined : t('colleagues.removeNamed', { name: p.name })}>
                {p.isMe ? t('colleagues.leave') : t('colleagues.remove')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <h3>{t('colleagues.invitations')}</h3>
      {invitations.length ? (
        <ul className="colleague-list" aria-label={t('colleagues.invitations')}>
          {invitations.map((i) => (
            <li key={i.id} className="colleague-list__item">
              <div className="colleague-list__who">
                <p>{i.email}</p>
                <p className="muted">{t('colleagues.invitedUntil', { date: formatDate(i.expiresAt, i18n.language) })}</p>
              </div>
              <Button size="sm" onClick={() => setRevoking({ id: i.id, email: i.email })} aria-label={t('colleagues.revokeNamed', { email: i.email })}>
                {t('colleagues.revoke')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('colleagues.noInvitations')}</p>
      )}
      <ConfirmDialog
        open={!!removing}
        title={removing?.isMe ? t('colleagues.leaveTitle', { organisation: organisationName }) : t('colleagues.removeTitle', { name: removing?.name ?? '' })}
        description={t('colleagues.removeDescription')}
        confirmLabel={removing?.isMe ? t('colleagues.leave') : t('colleagues.remove')}
        pending={remove.isPending}
        error={remove.isError ? describe(remove.error) : undefined}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.userId, {
            onSuccess: () => {
              setNotice(
                removing.isMe ? t('colleagues.leftNotice', { organisation: organisationName }) : t('colleagues.removedNotice', { name: removing.name }),
              );
              setRemoving(null);
            },
          })
        }
      />
      <ConfirmDialog
        open={!!revoking}
        title={t('colleagues.revokeTitle', { email: revoking?.email ?? '' })}
        description={t('colleagues.revokeDescription')}
        confirmLabel={t('colleagues.revoke')}
        pending={revoke.isPending}
        error={revoke.isError ? describe(revoke.error) : undefined}
        onClose={() => {
          setRevoking(null);
          revoke.reset();
        }}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              setNotice(t('colleagues.revokedNotice', { email: revoking.email }));
              setRevoking(null);
            },
          })
        }
      />
    </section>
  );
}

function InviteColleagueForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const invite = useInviteColleague(organisationId);
  const fieldProblem = fieldError(t, invite.error, 'email');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    invite.mutate(
      { email: email.trim() },
      {
        onSuccess: (created) => {
          setSentTo(created.email);
          setEmail('');
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label={t('colleagues.inviteEmail')}
        hint={t('colleagues.inviteHint')}
        type="email"
        autoComplete="off"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldProblem}
      />
      {invite.isError && !fieldProblem ? <Alert tone="error">{describe(invite.error)}</Alert> : null}
      {sentTo ? <Alert tone="success">{t('colleagues.sent', { email: sentTo })}</Alert> : null}
      <div>
        <Button type="submit" variant="primary" icon="mail" loading={invite.isPending} disabled={!email.trim()}>
          {t('colleagues.invite')}
        </Button>
      </div>
    </form>
  );
}
