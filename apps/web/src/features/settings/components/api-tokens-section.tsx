import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { DateField } from '@/components/ui/locale-inputs';
import type { ApiTokenRole } from '@/gql/graphql';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useCreateApiToken, type CreatedApiToken } from '../api/create-api-token';
import { useTokenMembers } from '../api/get-token-members';
import { ApiTokenList } from './api-token-list';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/**
 * "API-Zugänge": backbone admins create tokens for integrations (name, role, member, expiry), copy
 * the secret once, and see and revoke the alliance's tokens.
 */
export function ApiTokensSection({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  return (
    <section className="card settings-section" aria-labelledby="settings-api-tokens-heading">
      <h2 id="settings-api-tokens-heading" className="card__title">
        {t('settings.apiTokens.heading')}
      </h2>
      <p className="settings-section__description">{t('settings.apiTokens.description')}</p>
      <CreateApiTokenForm allianceId={allianceId} />
      <h3 className="settings-section__subheading">{t('settings.apiTokens.listHeading')}</h3>
      <ApiTokenList allianceId={allianceId} />
    </section>
  );
}

function CreateApiTokenForm({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [name, setName] = useState('');
  const [role, setRole] = useState<ApiTokenRole>('READ_ONLY');
  const [membershipId, setMembershipId] = useState('');
  const [expiresOn, setExpiresOn] = useState<string | null>(inDays(90));
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const members = useTokenMembers(allianceId, role === 'REPORTING');
  const create = useCreateApiToken(allianceId);
  const error = create.error;
  const fieldProblem = (field: string) => fieldError(t, error, field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    create.mutate(
      { name, role, expiresOn: expiresOn ?? '', ...(role === 'REPORTING' && membershipId ? { membershipId } : {}) },
      {
        onSuccess: (result) => {
          setCreated(result);
          setName('');
        },
      },
    );
  };

  return (
    <>
      {created ? <NewSecret created={created} onDone={() => setCreated(null)} /> : null}
      <form className="form" onSubmit={submit} noValidate aria-label={t('settings.apiTokens.createLabel')}>
        {error && !(isApiError(error, 'VALIDATION_FAILED') && error.fields.length) ? (
          <Alert tone="error" title={t('settings.apiTokens.createFailed')}>
            {describe(error)}
          </Alert>
        ) : null}
        <div className="api-tokens__form">
          <TextField
            label={t('settings.apiTokens.name')}
            hint={t('settings.apiTokens.nameHint')}
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            error={fieldProblem('name')}
          />
          <SelectField
            label={t('settings.apiTokens.role')}
            value={role}
            onChange={(e) => setRole(e.target.value as ApiTokenRole)}
            options={[
              { value: 'READ_ONLY', label: t('settings.apiTokens.roles.READ_ONLY') },
              { value: 'REPORTING', label: t('settings.apiTokens.roles.REPORTING') },
            ]}
            hint={t(`settings.apiTokens.roleHints.${role}`)}
          />
          {role === 'REPORTING' ? (
            <SelectField
              label={t('settings.apiTokens.member')}
              value={membershipId}
              onChange={(e) => setMembershipId(e.target.value)}
              error={fieldProblem('membershipId')}
              options={[
                { value: '', label: t('settings.apiTokens.memberChoose') },
                ...(members.data ?? []).map((m) => ({ value: m.id, label: m.organisation.name })),
              ]}
            />
          ) : null}
          <DateField
            label={t('settings.apiTokens.expiresOn')}
            hint={t('settings.apiTokens.expiresOnHint')}
            value={expiresOn}
            onChange={(value, state) => state !== 'invalid' && setExpiresOn(value)}
            error={fieldProblem('expiresOn')}
          />
        </div>
        <div className="form__actions form__actions--start">
          <Button type="submit" variant="primary" loading={create.isPending}>
            {t('settings.apiTokens.create')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** The secret of a new token: shown this once, with a button that copies it. */
function NewSecret({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <Alert
      tone="success"
      title={t('settings.apiTokens.createdTitle', { name: created.token.name })}
      actions={
        <Button size="sm" variant="ghost" onClick={onDone}>
          {t('settings.apiTokens.secretDone')}
        </Button>
      }
    >
      <p>{t('settings.apiTokens.secretOnce')}</p>
      <div className="api-tokens__secret">
        <code data-testid="api-token-secret">{created.secret}</code>
        <Button size="sm" icon="copy" onClick={() => void copy()}>
          {t('settings.apiTokens.copy')}
        </Button>
      </div>
      {copied ? <p role="status">{t(copied === 'yes' ? 'settings.apiTokens.copied' : 'settings.apiTokens.copyFailed')}</p> : null}
    </Alert>
  );
}
