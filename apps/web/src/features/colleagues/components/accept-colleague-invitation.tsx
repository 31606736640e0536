import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { LoadingState } from '@/components/ui/spinner';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useAcceptColleagueInvitation, useColleagueInvitationPreview, type AcceptedColleagueInvitation } from '../api/colleague-invitation';

const MIN_PASSWORD_LENGTH = 10;

interface Props {
  token: string;
  user: { name: string; email: string } | null;
  loginHref: string;
  onAccepted: (accepted: AcceptedColleagueInvitation) => void;
  onSwitchAccount: () => void;
}

/**
 * A colleague invitation link: who invites to which organisation; then accept as the signed-in
 * person (the invited account only), sign in first (an account exists), or create the account.
 */
export function AcceptColleagueInvitation(props: Props) {
  const { t } = useTranslation();
  const preview = useColleagueInvitationPreview(props.token);
  if (preview.isPending) return <LoadingState />;
  if (preview.isError) {
    return (
      <Alert tone="error" title={t('colleagues.accept.invalidTitle')}>
        {isApiError(preview.error, 'INVITATION_INVALID') ? t('colleagues.accept.invalid') : t('errors.NETWORK_ERROR')}
      </Alert>
    );
  }
  const p = preview.data;
  return (
    <div className="stack">
      <p>{t('colleagues.accept.what', { inviter: p.invitedByName, organisation: p.organisationName })}</p>
      <p className="muted">{t('colleagues.accept.forAddress', { email: p.emailHint })}</p>
      {props.user ? (
        <AcceptAsUser {...props} user={props.user} />
      ) : p.accountExists ? (
        <div className="stack">
          <Alert tone="info">{t('colleagues.accept.signInFirst')}</Alert>
          <Link className="button button--primary button--block" to={props.loginHref}>
            {t('colleagues.accept.signIn')}
          </Link>
        </div>
      ) : (
        <CreateAccount {...props} />
      )}
    </div>
  );
}

function AcceptAsUser({ token, user, onAccepted, onSwitchAccount }: Props & { user: NonNullable<Props['user']> }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const accept = useAcceptColleagueInvitation({ onSuccess: onAccepted });
  const invalid = isApiError(accept.error, 'INVITATION_INVALID');
  return (
    <div className="stack">
      <p>{t('colleagues.accept.signedInAs', { name: user.name, email: user.email })}</p>
      {accept.isError ? (
        <Alert
          tone="error"
          actions={
            invalid ? (
              <Button size="sm" onClick={onSwitchAccount}>
                {t('colleagues.accept.switchAccount')}
              </Button>
            ) : undefined
          }
        >
          {invalid ? t('colleagues.accept.otherAccount', { email: user.email }) : describe(accept.error)}
        </Alert>
      ) : null}
      <Button variant="primary" className="button--block" loading={accept.isPending} onClick={() => accept.mutate({ token })}>
        {t('colleagues.accept.accept')}
      </Button>
    </div>
  );
}

function CreateAccount({ token, onAccepted }: Props) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<{ name?: string; password?: string; repeat?: string }>({});
  const accept = useAcceptColleagueInvitation({ onSuccess: onAccepted });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      name: name.trim().length < 2 ? t('colleagues.accept.nameTooShort') : undefined,
      password: password.length < MIN_PASSWORD_LENGTH ? t('colleagues.accept.passwordTooShort', { count: MIN_PASSWORD_LENGTH }) : undefined,
      repeat: repeat !== password ? t('colleagues.accept.passwordMismatch') : undefined,
    };
    setProblems(found);
    if (found.name || found.password || found.repeat) return;
    accept.mutate({ token, name: name.trim(), password });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {accept.isError && !fieldError(t, accept.error, 'name') && !fieldError(t, accept.error, 'password') ? (
        <Alert tone="error">{describe(accept.error)}</Alert>
      ) : null}
      <TextField
        label={t('colleagues.accept.name')}
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={problems.name ?? fieldError(t, accept.error, 'name')}
      />
      <TextField
        label={t('colleagues.accept.password')}
        hint={t('colleagues.accept.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={problems.password ?? fieldError(t, accept.error, 'password')}
      />
      <TextField
        label={t('colleagues.accept.passwordRepeat')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
        error={problems.repeat}
      />
      <Button type="submit" variant="primary" className="button--block" loading={accept.isPending}>
        {t('colleagues.accept.createAndAccept')}
      </Button>
    </form>
  );
}
