import { ALLIANCE_KINDS, ORGANISATION_KINDS, type AllianceKindName, type OrganisationKindName } from '@gemeinwerk/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RadioGroup, SelectField, TextField } from '@/components/ui/field';
import { useDebouncedText } from '@/lib/use-debounced-text';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { useCreateAllianceForBackbone, type AllianceForBackbone } from '../api/create-alliance-for-backbone';
import { usePlatformOrganisations, type PlatformOrganisation } from '../api/platform-organisations';
import { CopyLink } from './copy-link';

/** The platform admin creates an alliance; its backbone is invited by mail (new or existing organisation). */
export function CreateAllianceForBackboneForm() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AllianceKindName>('ALLIANCE');
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [organisationName, setOrganisationName] = useState('');
  const [organisationKind, setOrganisationKind] = useState<OrganisationKindName>('NGO');
  const [email, setEmail] = useState('');
  const [chosen, setChosen] = useState<PlatformOrganisation | null>(null);
  const [created, setCreated] = useState<AllianceForBackbone | null>(null);
  const create = useCreateAllianceForBackbone();

  if (created) {
    return (
      <div className="form">
        <Alert tone="success" title={t('onboarding.admin.create.created', { alliance: created.allianceName })}>
          {created.mailedTo.length
            ? t('onboarding.admin.create.mailedTo', { organisation: created.organisationName, to: created.mailedTo.join(', ') })
            : t('onboarding.admin.create.mailedToNobody')}
        </Alert>
        <CopyLink label={t('onboarding.admin.create.link')} path={created.acceptPath} />
        <Button
          onClick={() => {
            setCreated(null);
            setName('');
            setOrganisationName('');
            setEmail('');
            setChosen(null);
            create.reset();
          }}
        >
          {t('onboarding.admin.create.another')}
        </Button>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      mode === 'new'
        ? { name: name.trim(), kind, organisationName: organisationName.trim(), organisationKind, email: email.trim() }
        : { name: name.trim(), kind, organisationId: chosen?.id },
      { onSuccess: setCreated },
    );
  };

  return (
    <form className="form" onSubmit={submit}>
      {create.isError ? (
        <Alert tone="error" title={t('onboarding.admin.create.failed')}>
          {describe(create.error)}
        </Alert>
      ) : null}
      <TextField
        label={t('onboarding.admin.create.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        minLength={2}
        maxLength={200}
        error={fieldError(t, create.error, 'name')}
      />
      <SelectField
        label={t('onboarding.admin.create.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as AllianceKindName)}
        options={ALLIANCE_KINDS.map((k) => ({ value: k, label: t(`allianceKinds.${k}`) }))}
      />
      <RadioGroup
        legend={t('onboarding.admin.create.backbone')}
        name="backbone-mode"
        value={mode}
        onChange={(v) => setMode(v as 'new' | 'existing')}
        options={[
          { value: 'new', label: t('onboarding.admin.create.newOrganisation') },
          { value: 'existing', label: t('onboarding.admin.create.existingOrganisation') },
        ]}
      />
      {mode === 'new' ? (
        <>
          <TextField
            label={t('onboarding.admin.create.organisationName')}
            value={organisationName}
            onChange={(e) => setOrganisationName(e.target.value)}
            required
            minLength={2}
            maxLength={200}
            error={fieldError(t, create.error, 'organisationName')}
          />
          <SelectField
            label={t('onboarding.admin.create.organisationKind')}
            value={organisationKind}
            onChange={(e) => setOrganisationKind(e.target.value as OrganisationKindName)}
            options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKinds.${k}`) }))}
          />
          <TextField
            label={t('onboarding.admin.create.email')}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
            error={fieldError(t, create.error, 'email')}
          />
        </>
      ) : (
        <OrganisationPicker chosen={chosen} onChoose={setChosen} />
      )}
      <Button type="submit" variant="primary" loading={create.isPending} disabled={mode === 'existing' && !chosen}>
        {t('onboarding.admin.create.submit')}
      </Button>
    </form>
  );
}

function OrganisationPicker({ chosen, onChoose }: { chosen: PlatformOrganisation | null; onChoose: (o: PlatformOrganisation) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [text, setText] = useDebouncedText(query, (v) => setQuery(v.trim()));
  const found = usePlatformOrganisations(query);
  return (
    <div className="stack">
      <TextField
        label={t('onboarding.admin.create.search')}
        hint={t('onboarding.admin.create.searchHint')}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {chosen ? <p role="status">{t('onboarding.admin.create.chosen', { name: chosen.name })}</p> : null}
      {query.length >= 2 && found.data ? (
        found.data.length ? (
          <ul className="plain-list">
            {found.data.map((o) => (
              <li key={o.id} className="toolbar toolbar--start">
                <span>
                  {o.name}
                  {o.city ? ` · ${o.city}` : ''}
                </span>
                <Button size="sm" onClick={() => onChoose(o)} aria-pressed={chosen?.id === o.id}>
                  {t('onboarding.admin.create.choose')}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('onboarding.admin.create.noMatch')}</p>
        )
      ) : null}
    </div>
  );
}
