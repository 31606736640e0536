import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { isApiError } from '@/lib/graphql-client';
import { useRequestPasswordReset } from '../api/request-password-reset';

/**
 * "Passwort vergessen?": asks for the address and then says the same thing whatever the
 * address – the page must not reveal whether it has an account.
 */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const ask = useRequestPasswordReset();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate(email.trim());
  };

  if (ask.isSuccess) {
    return (
      <div className="form">
        <Alert tone="success" title={t('auth.forgot.sentTitle')}>
          {t('auth.forgot.sent', { email: email.trim() })}
        </Alert>
        <p>
          <Link to="/login">{t('auth.forgot.backToLogin')}</Link>
        </p>
      </div>
    );
  }

  return (
    <form className="form" onSubmit={submit}>
      {ask.isError ? (
        <Alert tone="error" title={t('auth.forgot.failedTitle')}>
          {isApiError(ask.error, 'TOO_MANY_REQUESTS')
            ? t('errors.TOO_MANY_REQUESTS')
            : isApiError(ask.error, 'NETWORK_ERROR')
              ? t('errors.NETWORK_ERROR')
              : t('auth.forgot.failed')}
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
      <Button type="submit" variant="primary" loading={ask.isPending} className="button--block">
        {t('auth.forgot.submit')}
      </Button>
      <p>
        <Link to="/login">{t('auth.forgot.backToLogin')}</Link>
      </p>
    </form>
  );
}
