import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useLogin, type CurrentUser } from '@/lib/auth';
import { isApiError } from '@/lib/graphql-client';

/**
 * E-mail and password. Whatever went wrong with the credentials, the message stays the same:
 * it must not reveal whether an address has an account.
 */
export function LoginForm({ onSuccess }: { onSuccess: (user: CurrentUser) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useLogin({ onSuccess });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password });
  };

  let error: string | null = null;
  if (login.isError) {
    const e = login.error;
    if (isApiError(e, 'TOO_MANY_REQUESTS')) error = t('errors.TOO_MANY_REQUESTS');
    else if (isApiError(e, 'NETWORK_ERROR')) error = t('errors.NETWORK_ERROR');
    else error = t('auth.login.failed');
  }

  return (
    <form className="form" onSubmit={submit} noValidate={false}>
      {error ? <Alert tone="error" title={t('auth.login.failedTitle')}>{error}</Alert> : null}
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
