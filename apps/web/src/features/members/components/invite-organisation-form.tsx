import { MEMBERSHIP_ROLES, ORGANISATION_KINDS, type OrganisationKindName } from '@gemeinwerk/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RadioGroup, SelectField, TextField } from '@/components/ui/field';
import type { MembershipRole } from '@/gql/graphql';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { useInviteOrganisation, type InvitationCreated } from '../api/invite-organisation';
import type { OrganisationMatch } from '../api/search-organisations';
import { InvitationLink } from './invitation-link';
import { OrganisationCombobox } from './organisation-combobox';

type Target = 'new' | 'existing';

/**
 * The backbone invites an organisation – one already on the platform, found by name, or a new
 * one – in a role, addressed to a contact person. The result is a link to pass on. Searching
 * comes first so that an organisation is not created twice.
 */
export function InviteOrganisationForm({ allianceId, onDone }: { allianceId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [target, setTarget] = useState<Target>('existing');
  const [organisationName, setOrganisationName] = useState('');
  const [organisationKind, setOrganisationKind] = useState<OrganisationKindName>('NGO');
  const [organisation, setOrganisation] = useState<OrganisationMatch | null>(null);
  const [notChosen, setNotChosen] = useState(false);
  const [role, setRole] = useState<MembershipRole>('PARTNER');
  const [email, setEmail] = useState('');
  const [created, setCreated] = useState<InvitationCreated | null>(null);
  const invite = useInviteOrganisation(allianceId, { onSuccess: setCreated });

  const reset = () => {
    setCreated(null);
    setOrganisationName('');
    setOrganisation(null);
    setNotChosen(false);
    setEmail('');
    invite.reset();
  };

  if (created) {
    return (
      <div className="stack">
        <InvitationLink created={created} />
        <div className="form__actions">
          <Button variant="ghost" onClick={reset} icon="plus">
            {t('members.invite.another')}
          </Button>
          <Button variant="primary" onClick={onDone}>
            {t('common.done')}
          </Button>
        </div>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (target === 'existing' && !organisation) {
      setNotChosen(true);
      return;
    }
    // An existing organisation is invited through its own admins, never through an address.
    invite.mutate({
      role,
      ...(target === 'new' ? { organisationName: organisationName.trim(), organisationKind, email: email.trim() } : { organisationId: organisation!.id }),
    });
  };

  const createNew = (name: string) => {
    setOrganisationName(name);
    setTarget('new');
  };

  return (
    <form className="form" onSubmit={submit} aria-label={t('members.invite.title')}>
      {invite.isError ? (
        <Alert tone="error" title={t('members.invite.failed')}>
          {describe(invite.error, { ALREADY_MEMBER: t('members.invite.alreadyMember'), NOT_FOUND: t('members.invite.organisationNotFound') })}
        </Alert>
      ) : null}
      <RadioGroup
        legend={t('members.invite.target')}
        name="target"
        value={target}
        onChange={(v) => setTarget(v as Target)}
        options={[
          { value: 'existing', label: t('members.invite.targetExisting'), description: t('members.search.targetHint') },
          { value: 'new', label: t('members.invite.targetNew'), description: t('members.invite.targetNewHint') },
        ]}
      />
      {target === 'new' ? (
        <div className="form__row">
          <TextField
            label={t('members.invite.organisationName')}
            value={organisationName}
            onChange={(e) => setOrganisationName(e.target.value)}
            minLength={2}
            maxLength={200}
            error={fieldError(t, invite.error, 'organisationName')}
          />
          <SelectField
            label={t('members.invite.organisationKind')}
            value={organisationKind}
            onChange={(e) => setOrganisationKind(e.target.value as OrganisationKindName)}
            options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKinds.${k}`) }))}
          />
        </div>
      ) : (
        <OrganisationCombobox
          allianceId={allianceId}
          selected={organisation}
          onSelect={(match) => {
            setOrganisation(match);
            if (match) setNotChosen(false);
          }}
          onCreateNew={createNew}
          error={notChosen ? t('members.search.required') : fieldError(t, invite.error, 'organisationId')}
        />
      )}
      <SelectField
        label={t('members.invite.role')}
        hint={t(`roleDescriptions.${role}`)}
        value={role}
        onChange={(e) => setRole(e.target.value as MembershipRole)}
        options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      {target === 'new' ? (
        <TextField
          label={t('members.invite.email')}
          hint={t('members.invite.emailHint')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(t, invite.error, 'email')}
        />
      ) : (
        <p className="form__aside">{t('members.identity.existingHint')}</p>
      )}
      <div className="form__actions">
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" loading={invite.isPending} icon="mail">
          {t('members.invite.submit')}
        </Button>
      </div>
    </form>
  );
}
