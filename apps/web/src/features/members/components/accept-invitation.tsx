import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useAcceptInvitation, type AcceptedInvitation } from '../api/accept-invitation';
import { useInvitationPreview } from '../api/get-invitation-preview';

export const MIN_PASSWORD_LENGTH = 10;

interface Props {
  token: string;
  user: { name: string; email: string } | null;
  loginHref: string;
  onAccepted: (accepted: AcceptedInvitation) => void;
  onSwitchAccount: () => void;
}

/** Accept as the logged-in person, or create the invited account and accept in one step. */
export function AcceptInvitation(props: Props) {
  const preview = useInvitationPreview(props.token);
  if (props.user) return <AcceptAsUser {...props} user={props.user} />;
  // An existing organisation's invitation: only its admins, signed in, can accept it.
  if (preview.data?.forOrganisationAdmins) return <SignInForOrganisation {...props} organisation={preview.data.organisationName} />;
  return <CreateAccountAndAccept {...props} />;
}

function SignInForOrganisation({ loginHref, organisation }: Props & { organisation: string }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Alert tone="info">{t('members.identity.forAdmins', { organisation })}</Alert>
      <Link className="button button--primary button--block" to={loginHref}>
        {t('invitation.signIn')}
      </Link>
    </div>
  );
}

function AcceptAsUser({ token, user, onAccepted, onSwitchAccount }: Props & { user: NonNullable<Props['user']> }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const accept = useAcceptInvitation({ onSuccess: onAccepted });
  const invalid = isApiError(accept.error, 'INVITATION_INVALID');

  return (
    <div className="stack">
      <p>{t('invitation.signedInAs', { name: user.name, email: user.email })}</p>
      {accept.isError ? (
        <Alert
          tone="error"
          title={t('invitation.failed')}
          actions={
            invalid ? (
              <Button size="sm" onClick={onSwitchAccount}>
                {t('invitation.switchAccount')}
              </Button>
            ) : undefined
          }
        >
          {invalid ? t('invitation.invalidSignedIn', { email: user.email }) : describe(accept.error)}
        </Alert>
      ) : null}
      <Button variant="primary" className="button--block" loading={accept.isPending} onClick={() => accept.mutate({ token })}>
        {t('invitation.accept')}
      </Button>
      {invalid ? (
        <p className="form__aside">
          <Link to="/">{t('invitation.toAlliances')}</Link>
        </p>
      ) : null}
    </div>
  );
}

function CreateAccountAndAccept({ token, loginHref, onAccepted }: Props) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<{ name?: string; password?: string; repeat?: string }>({});
  const accept = useAcceptInvitation({ onSuccess: onAccepted });
  const hasAccount = isApiError(accept.error, 'UNAUTHENTICATED');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      name: name.trim().length < 2 ? t('invitation.nameTooShort') : undefined,
      password: password.length < MIN_PASSWORD_LENGTH ? t('invitation.passwordTooShort', { count: MIN_PASSWORD_LENGTH }) : undefined,
      repeat: repeat !== password ? t('invitation.passwordMismatch') : undefined,
    };
    setProblems(found);
    if (found.name || found.password || found.repeat) return;
    accept.mutate({ token, name: name.trim(), password });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {accept.isError ? (
        <Alert
          tone="error"
          title={hasAccount ? t('invitation.accountExistsTitle') : t('invitation.failed')}
          actions={
            hasAccount ? (
              <Link className="button button--secondary button--sm" to={loginHref}>
                {t('invitation.signIn')}
              </Link>
            ) : undefined
          }
        >
          {hasAccount ? t('invitation.accountExists') : describe(accept.error)}
        </Alert>
      ) : null}
      <TextField
        label={t('invitation.name')}
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={problems.name ?? fieldError(t, accept.error, 'name')}
      />
      <TextField
        label={t('invitation.password')}
        hint={t('invitation.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={problems.password ?? fieldError(t, accept.error, 'password')}
      />
      <TextField
        label={t('invitation.passwordRepeat')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
        error={problems.repeat}
      />
      <Button type="submit" variant="primary" className="button--block" loading={accept.isPending}>
        {t('invitation.createAndAccept')}
      </Button>
      <p className="form__aside">
        {t('invitation.haveAccount')} <Link to={loginHref}>{t('invitation.signIn')}</Link>
      </p>
    </form>
  );
}
