import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { useCompletePlatformSetup } from '../api/complete-platform-setup';
import { MIN_PASSWORD_LENGTH } from './reset-password-form';

/** The one-time setup link of a new installation: the first platform administrator's account. */
export function PlatformSetupForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const setup = useCompletePlatformSetup({ onSuccess: onDone });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTooShort(password.length < MIN_PASSWORD_LENGTH);
    if (password.length < MIN_PASSWORD_LENGTH) return;
    setup.mutate({ token, name: name.trim(), email: email.trim(), password, locale: currentLanguage() });
  };

  return (
    <form className="form" onSubmit={submit}>
      {setup.isError ? (
        <Alert tone="error" title={t('auth.setup.failedTitle')}>
          {describe(setup.error)}
        </Alert>
      ) : null}
      <TextField
        label={t('auth.setup.name')}
        name="name"
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldError(t, setup.error, 'name')}
        autoFocus
      />
      <TextField
        label={t('auth.login.email')}
        type="email"
        name="email"
        autoComplete="username"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldError(t, setup.error, 'email')}
      />
      <TextField
        label={t('auth.login.password')}
        hint={t('auth.reset.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        type="password"
        name="new-password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={tooShort ? t('auth.reset.tooShort', { count: MIN_PASSWORD_LENGTH }) : fieldError(t, setup.error, 'password')}
      />
      <Button type="submit" variant="primary" loading={setup.isPending} className="button--block">
        {t('auth.setup.submit')}
      </Button>
    </form>
  );
}
