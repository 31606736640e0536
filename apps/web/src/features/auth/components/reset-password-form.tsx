import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useErrorMessage, fieldError } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useResetPassword } from '../api/reset-password';

export const MIN_PASSWORD_LENGTH = 10;

/** The page behind the link in the reset mail: a new password, twice. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<{ password?: string; repeat?: string }>({});
  const reset = useResetPassword();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      password: password.length < MIN_PASSWORD_LENGTH ? t('auth.reset.tooShort', { count: MIN_PASSWORD_LENGTH }) : undefined,
      repeat: repeat !== password ? t('auth.reset.mismatch') : undefined,
    };
    setProblems(found);
    if (found.password || found.repeat) return;
    reset.mutate({ token, newPassword: password });
  };

  if (reset.isSuccess) {
    return (
      <div className="form">
        <Alert tone="success" title={t('auth.reset.doneTitle')}>
          {t('auth.reset.done')}
        </Alert>
        <p>
          <ButtonLink to="/login" variant="primary" className="button--block">
            {t('auth.reset.toLogin')}
          </ButtonLink>
        </p>
      </div>
    );
  }

  const invalidLink = isApiError(reset.error, 'RESET_LINK_INVALID');
  return (
    <form className="form" onSubmit={submit} noValidate>
      {reset.isError ? (
        <Alert
          tone="error"
          title={t('auth.reset.failedTitle')}
          actions={invalidLink ? <Link to="/forgot-password">{t('auth.reset.askAgain')}</Link> : undefined}
        >
          {describe(reset.error)}
        </Alert>
      ) : null}
      <TextField
        label={t('auth.reset.password')}
        hint={t('auth.reset.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        type="password"
        name="new-password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={problems.password ?? fieldError(t, reset.error, 'newPassword')}
        autoFocus
      />
      <TextField
        label={t('auth.reset.repeat')}
        type="password"
        name="repeat-password"
        autoComplete="new-password"
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
        error={problems.repeat}
      />
      <Button type="submit" variant="primary" loading={reset.isPending} className="button--block">
        {t('auth.reset.submit')}
      </Button>
    </form>
  );
}
