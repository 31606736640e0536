import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useChangePassword } from '../api/change-password';

const MIN_PASSWORD_LENGTH = 10;

/** Current password required; every other session ends (the API does that). */
export function PasswordSection() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const change = useChangePassword();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found =
      next.length < MIN_PASSWORD_LENGTH
        ? t('account.password.tooShort', { count: MIN_PASSWORD_LENGTH })
        : next !== repeat
          ? t('account.password.mismatch')
          : null;
    setProblem(found);
    if (found) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
        },
      },
    );
  };

  return (
    <section className="card account-section" aria-labelledby="password-title">
      <h2 id="password-title" className="card__title">
        {t('account.password.title')}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('account.password.current')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <TextField
          label={t('account.password.new')}
          hint={t('account.password.hint', { count: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
        <TextField
          label={t('account.password.repeat')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={problem ?? undefined}
        />
        {change.isError ? (
          <Alert tone="error">{isApiError(change.error, 'INVALID_CREDENTIALS') ? t('account.password.wrongCurrent') : describe(change.error)}</Alert>
        ) : null}
        {change.isSuccess ? <Alert tone="success">{t('account.password.changed')}</Alert> : null}
        <div>
          <Button type="submit" variant="primary" loading={change.isPending} disabled={!current || !next}>
            {t('account.password.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
