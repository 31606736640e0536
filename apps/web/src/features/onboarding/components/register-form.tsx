import { ORGANISATION_KINDS, type OrganisationKindName } from '@gemeinwerk/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { LoadingState } from '@/components/ui/spinner';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { usePlatformSettings } from '../api/platform-settings';
import { useRegisterOrganisation } from '../api/register-organisation';

/**
 * Sign-up of an organisation with its contact person. Afterwards the page says the same whatever
 * the address: a mail is on its way (a verification link, or "you have an account").
 */
export function RegisterForm() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const settings = usePlatformSettings();
  const register = useRegisterOrganisation();
  const [organisationName, setOrganisationName] = useState('');
  const [organisationKind, setOrganisationKind] = useState<OrganisationKindName>('NGO');
  const [city, setCity] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (settings.isPending) return <LoadingState />;
  if (settings.data && !settings.data.registrationOpen) {
    return (
      <div className="form">
        <Alert tone="info" title={t('onboarding.register.closedTitle')}>
          {t('onboarding.register.closed')}
        </Alert>
        <p>
          <Link to="/login">{t('onboarding.register.haveAccount')}</Link>
        </p>
      </div>
    );
  }
  if (register.isSuccess) {
    return (
      <div className="form">
        <Alert tone="success" title={t('onboarding.register.sentTitle')}>
          {t('onboarding.register.sent', { email: email.trim() })}
        </Alert>
        <p>
          <Link to="/login">{t('onboarding.verify.login')}</Link>
        </p>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate({
      organisationName: organisationName.trim(),
      organisationKind,
      city: city.trim() || undefined,
      name: name.trim(),
      email: email.trim(),
      password,
      locale: currentLanguage(),
    });
  };

  return (
    <form className="form" onSubmit={submit}>
      {register.isError ? (
        <Alert tone="error" title={t('onboarding.register.failed')}>
          {describe(register.error)}
        </Alert>
      ) : null}
      <TextField
        label={t('onboarding.register.organisationName')}
        value={organisationName}
        onChange={(e) => setOrganisationName(e.target.value)}
        required
        minLength={2}
        maxLength={200}
        autoComplete="organization"
        error={fieldError(t, register.error, 'organisationName')}
      />
      <SelectField
        label={t('onboarding.register.organisationKind')}
        value={organisationKind}
        onChange={(e) => setOrganisationKind(e.target.value as OrganisationKindName)}
        options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKinds.${k}`) }))}
      />
      <TextField
        label={t('onboarding.register.city')}
        hint={t('onboarding.register.cityHint')}
        optional
        value={city}
        onChange={(e) => setCity(e.target.value)}
        maxLength={100}
        autoComplete="address-level2"
      />
      <TextField
        label={t('onboarding.register.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        minLength={2}
        maxLength={200}
        autoComplete="name"
        error={fieldError(t, register.error, 'name')}
      />
      <TextField
        label={t('onboarding.register.email')}
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        required
        autoComplete="username"
        inputMode="email"
        error={fieldError(t, register.error, 'email')}
      />
      <TextField
        label={t('onboarding.register.password')}
        hint={t('onboarding.register.passwordHint')}
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        required
        minLength={10}
        autoComplete="new-password"
        error={fieldError(t, register.error, 'password')}
      />
      <Button type="submit" variant="primary" loading={register.isPending} className="button--block">
        {t('onboarding.register.submit')}
      </Button>
      <p>
        <Link to="/login">{t('onboarding.register.haveAccount')}</Link>
      </p>
    </form>
  );
}
