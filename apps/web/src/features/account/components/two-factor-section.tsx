import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { graphql } from '@/gql';
import { isApiError, request } from '@/lib/graphql-client';

const MyTwoFactorDocument = graphql(`
  query MyTwoFactor {
    myTwoFactor {
      enabled
      recoveryCodesLeft
    }
  }
`);
const StartTwoFactorDocument = graphql(`
  mutation StartTwoFactor($input: StartTwoFactorInput!) {
    startTwoFactor(input: $input) {
      secret
      otpauthUri
      qrSvg
    }
  }
`);
const ConfirmTwoFactorDocument = graphql(`
  mutation ConfirmTwoFactor($input: TwoFactorCodeInput!) {
    confirmTwoFactor(input: $input) {
      recoveryCodes
    }
  }
`);
const DisableTwoFactorDocument = graphql(`
  mutation DisableTwoFactor($input: TwoFactorCodeInput!) {
    disableTwoFactor(input: $input)
  }
`);

const KEY = ['account', 'twoFactor'] as const;

/**
 * Enrolment of the TOTP second factor: password → QR code (and the key to type) → first code →
 * 10 recovery codes, shown once. Switching off needs a code or a recovery code.
 */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const status = useQuery({ queryKey: KEY, queryFn: async () => (await request(MyTwoFactorDocument)).myTwoFactor });
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const start = useMutation({ mutationFn: (pw: string) => request(StartTwoFactorDocument, { input: { password: pw } }) });
  const confirm = useMutation({
    mutationFn: (c: string) => request(ConfirmTwoFactorDocument, { input: { code: c } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: KEY }),
  });
  const disable = useMutation({
    mutationFn: (c: string) => request(DisableTwoFactorDocument, { input: { code: c } }),
    onSuccess: () => {
      setCode('');
      start.reset();
      confirm.reset();
      void client.invalidateQueries({ queryKey: KEY });
    },
  });

  const failure = [start, confirm, disable].find((m) => m.isError)?.error;
  const error = failure
    ? isApiError(failure, 'INVALID_CREDENTIALS')
      ? t('account.twoFactor.wrongPassword')
      : isApiError(failure, 'TOO_MANY_REQUESTS')
        ? t('errors.TOO_MANY_REQUESTS')
        : t('account.twoFactor.wrongCode')
    : null;

  const submit = (action: () => void) => (event: FormEvent) => {
    event.preventDefault();
    action();
  };

  const recoveryCodes = confirm.data?.confirmTwoFactor.recoveryCodes;
  const enrolment = start.data?.startTwoFactor;

  return (
    <section className="card two-factor" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title" className="card__title">
        {t('account.twoFactor.title')}
      </h2>
      <p>{t('account.twoFactor.description')}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {recoveryCodes ? (
        <Alert tone="success" title={t('account.twoFactor.enabled')}>
          <p>{t('account.twoFactor.recoveryIntro')}</p>
          <ul aria-label={t('account.twoFactor.recoveryCodes')} className="recovery-codes">
            {recoveryCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </Alert>
      ) : status.data?.enabled ? (
        <form className="form" onSubmit={submit(() => disable.mutate(code.trim()))}>
          <p>{t('account.twoFactor.isOn', { count: status.data.recoveryCodesLeft })}</p>
          <TextField label={t('account.twoFactor.code')} name="code" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />
          <Button type="submit" loading={disable.isPending}>
            {t('account.twoFactor.disable')}
          </Button>
        </form>
      ) : enrolment ? (
        <form className="form" onSubmit={submit(() => confirm.mutate(code.trim()))}>
          <p>{t('account.twoFactor.scan')}</p>
          <img
            className="two-factor__qr"
            width={200}
            height={200}
            alt={t('account.twoFactor.qrAlt')}
            src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrSvg)}`}
          />
          <p className="two-factor__key">
            {t('account.twoFactor.key')} <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
          <TextField
            label={t('account.twoFactor.code')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <Button type="submit" variant="primary" loading={confirm.isPending}>
            {t('account.twoFactor.confirm')}
          </Button>
        </form>
      ) : (
        <form className="form" onSubmit={submit(() => start.mutate(password))}>
          <TextField
            label={t('account.twoFactor.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <Button type="submit" variant="primary" loading={start.isPending}>
            {t('account.twoFactor.start')}
          </Button>
        </form>
      )}
    </section>
  );
}
