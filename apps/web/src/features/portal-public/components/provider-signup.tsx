import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import type { PublicPortal } from '../api/portal-api';
import { useRegisterPortalProvider } from '../api/register-provider';

/**
 * "Als Anbieter mitmachen": an organisation signs up to enter its offers in this portal. After the
 * mailed link is opened it signs in and reaches "Meine Angebote", nothing of the alliance's workspace.
 */
export function ProviderSignup({ portal }: { portal: PublicPortal }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const register = useRegisterPortalProvider();
  const [values, setValues] = useState({ organisationName: '', name: '', email: '', password: '' });
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  if (!portal.providerSignup)
    return (
      <section className="portal-signup stack">
        <h1>{t('portal-public.signup.title')}</h1>
        <Alert tone="info">{t('portal-public.signup.closed')}</Alert>
      </section>
    );
  if (register.isSuccess)
    return (
      <section className="portal-signup stack">
        <h1>{t('portal-public.signup.title')}</h1>
        <Alert tone="success" title={t('portal-public.signup.sentTitle')}>
          {t('portal-public.signup.sent', { email: values.email.trim() })}
        </Alert>
      </section>
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    register.mutate({
      portalId: portal.providerSignup!,
      organisationName: values.organisationName.trim(),
      name: values.name.trim(),
      email: values.email.trim(),
      password: values.password,
      locale: currentLanguage(),
    });
  };
  return (
    <section className="portal-signup stack">
      <h1>{t('portal-public.signup.title')}</h1>
      <p>{t('portal-public.signup.intro')}</p>
      <form className="form" onSubmit={submit}>
        {register.isError ? <Alert tone="error">{describe(register.error)}</Alert> : null}
        <TextField
          label={t('portal-public.signup.organisationName')}
          value={values.organisationName}
          onChange={set('organisationName')}
          required
          minLength={2}
          maxLength={200}
          autoComplete="organization"
          error={fieldError(t, register.error, 'organisationName')}
        />
        <TextField
          label={t('portal-public.signup.name')}
          value={values.name}
          onChange={set('name')}
          required
          minLength={2}
          maxLength={100}
          autoComplete="name"
          error={fieldError(t, register.error, 'name')}
        />
        <TextField
          label={t('portal-public.signup.email')}
          type="email"
          value={values.email}
          onChange={set('email')}
          required
          autoComplete="username"
          error={fieldError(t, register.error, 'email')}
        />
        <TextField
          label={t('portal-public.signup.password')}
          hint={t('portal-public.signup.passwordHint')}
          type="password"
          value={values.password}
          onChange={set('password')}
          required
          minLength={10}
          autoComplete="new-password"
          error={fieldError(t, register.error, 'password')}
        />
        <Button type="submit" variant="primary" loading={register.isPending}>
          {t('portal-public.signup.submit')}
        </Button>
      </form>
      <p>
        <Link to="/login">{t('portal-public.signup.haveAccount')}</Link>
      </p>
    </section>
  );
}
