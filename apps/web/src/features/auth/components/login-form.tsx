import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useLogin, useLoginWithTwoFactor, type CurrentUser } from '@/lib/auth';
import { isApiError } from '@/lib/graphql-client';

/**
 * E-mail and password; with a second factor enrolled, then the code. Whatever went wrong with
 * the credentials, the message stays the same: it must not reveal whether an address has an
 * account.
 */
export function LoginForm({ onSuccess }: { onSuccess: (user: CurrentUser) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [challenge, setChallenge] = useState<string | null>(null);
  const login = useLogin({ onSuccess, onChallenge: setChallenge });

  if (challenge)
    return (
      <CodeStep
        challenge={challenge}
        onSuccess={onSuccess}
        onRestart={() => {
          setChallenge(null);
          setPassword('');
          login.reset();
        }}
      />
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password });
  };

  let error: string | null = null;
  if (login.isError) {
    const e = login.error;
    if (isApiError(e, 'TOO_MANY_REQUESTS')) error = t('errors.TOO_MANY_REQUESTS');
    else if (isApiError(e, 'NETWORK_ERROR')) error = t('errors.NETWORK_ERROR');
    // Said only after a right password: the account waits for its verification link.
    else if (isApiError(e, 'EMAIL_NOT_VERIFIED')) error = t('errors.EMAIL_NOT_VERIFIED');
    else error = t('auth.login.failed');
  }

  return (
    <form className="form" onSubmit={submit} noValidate={false}>
      {error ? (
        <Alert tone="error" title={t('auth.login.failedTitle')}>
          {error}
        </Alert>
      ) : null}
      <TextField
        label={t('auth.login.email')}
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        autoFocus
      />
      <TextField
        label={t('auth.login.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <Button type="submit" variant="primary" loading={login.isPending} className="button--block">
        {t('auth.login.submit')}
      </Button>
      <p>
        <Link to="/forgot-password">{t('auth.login.forgot')}</Link>
      </p>
    </form>
  );
}

/** The second step: a 6-digit code of the authenticator app, or a recovery code. */
function CodeStep({ challenge, onSuccess, onRestart }: { challenge: string; onSuccess: (user: CurrentUser) => void; onRestart: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const verify = useLoginWithTwoFactor({ onSuccess });
  const expired = verify.isError && isApiError(verify.error, 'TWO_FACTOR_CHALLENGE_INVALID');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    verify.mutate({ challenge, code: code.trim() });
  };

  let error: string | null = null;
  if (verify.isError) {
    const e = verify.error;
    if (expired) error = t('auth.twoFactor.expired');
    else if (isApiError(e, 'TOO_MANY_REQUESTS')) error = t('errors.TOO_MANY_REQUESTS');
    else if (isApiError(e, 'NETWORK_ERROR')) error = t('errors.NETWORK_ERROR');
    else error = t('auth.twoFactor.invalid');
  }

  return (
    <form className="form" onSubmit={submit}>
      <p>{t('auth.twoFactor.description')}</p>
      {error ? (
        <Alert tone="error" title={t('auth.login.failedTitle')}>
          {error}
        </Alert>
      ) : null}
      {expired ? (
        <Button type="button" variant="primary" onClick={onRestart} className="button--block">
          {t('auth.twoFactor.restart')}
        </Button>
      ) : (
        <>
          <TextField
            label={t('auth.twoFactor.code')}
            hint={t('auth.twoFactor.codeHint')}
            name="code"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoFocus
          />
          <Button type="submit" variant="primary" loading={verify.isPending} className="button--block">
            {t('auth.twoFactor.submit')}
          </Button>
        </>
      )}
    </form>
  );
}
