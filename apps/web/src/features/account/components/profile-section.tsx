import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { useUser } from '@/lib/auth';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { useUpdateMyProfile } from '../api/update-profile';

/** Name and language: what others see of the person, and the language of the UI and of mails. */
export function ProfileSection() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const { data: user } = useUser();
  const [name, setName] = useState<string | null>(null);
  const save = useUpdateMyProfile();
  if (!user) return null;
  const value = name ?? user.name;
  const tooShort = name !== null && name.trim().length < 2;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooShort) return;
    save.mutate(value.trim(), { onSuccess: () => setName(null) });
  };

  return (
    <section className="card account-section" aria-labelledby="profile-title">
      <h2 id="profile-title" className="card__title">
        {t('account.profile.title')}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('account.profile.name')}
          autoComplete="name"
          value={value}
          onChange={(e) => setName(e.target.value)}
          error={tooShort ? t('account.profile.nameTooShort') : fieldError(t, save.error, 'name')}
        />
        <p className="muted">{t('account.profile.email', { email: user.email })}</p>
        {save.isError && !fieldError(t, save.error, 'name') ? <Alert tone="error">{describe(save.error)}</Alert> : null}
        {save.isSuccess && name === null ? <Alert tone="success">{t('account.profile.saved')}</Alert> : null}
        <div>
          <Button type="submit" variant="primary" loading={save.isPending} disabled={name === null}>
            {t('account.profile.save')}
          </Button>
        </div>
      </form>
      <div className="stack">
        <p className="menu__label">{t('account.profile.language')}</p>
        <LanguageSwitch />
        <p className="muted">{t('account.profile.languageHint')}</p>
      </div>
    </section>
  );
}
