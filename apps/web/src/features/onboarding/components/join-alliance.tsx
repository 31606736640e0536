import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { useUser } from '@/lib/auth';
import { useErrorMessage } from '@/lib/errors';
import { useDebouncedText } from '@/lib/use-debounced-text';
import { useJoinableAlliances, useRequestToJoin, type JoinableAlliance } from '../api/join-directory';

/** Search the alliances that take join requests, and ask one of them. */
export function JoinDirectory() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [text, setText] = useDebouncedText(query, (v) => setQuery(v.trim()));
  const found = useJoinableAlliances(query);
  return (
    <div className="stack">
      <TextField
        label={t('onboarding.join.search')}
        hint={t('onboarding.join.searchHint')}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {found.data ? (
        found.data.length ? (
          <ul className="plain-list stack">
            {found.data.map((a) => (
              <li key={a.id}>
                <JoinableAllianceCard alliance={a} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('onboarding.join.none')}</p>
        )
      ) : null}
    </div>
  );
}

/** One alliance with its backbone and town, and the request form behind "Beitritt anfragen". */
export function JoinableAllianceCard({ alliance, joinToken, startOpen = false }: { alliance: JoinableAlliance; joinToken?: string; startOpen?: boolean }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(startOpen);
  return (
    <article className="card card--padded" aria-labelledby={`join-${alliance.id}`}>
      <h3 id={`join-${alliance.id}`} className="card__title">
        {alliance.name}
      </h3>
      <p className="card__description">
        {[alliance.backboneName ? t('onboarding.join.backbone', { name: alliance.backboneName }) : null, alliance.city].filter(Boolean).join(' · ')}
      </p>
      {asking ? (
        <RequestForm alliance={alliance} joinToken={joinToken} onCancel={startOpen ? undefined : () => setAsking(false)} />
      ) : (
        <Button variant="primary" onClick={() => setAsking(true)}>
          {t('onboarding.join.ask')}
        </Button>
      )}
    </article>
  );
}

function RequestForm({ alliance, joinToken, onCancel }: { alliance: JoinableAlliance; joinToken?: string; onCancel?: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const { data: user } = useUser();
  const organisations = user?.organisations ?? [];
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  const [message, setMessage] = useState('');
  const ask = useRequestToJoin();
  if (ask.isSuccess) return <Alert tone="success">{t('onboarding.join.sent', { alliance: ask.data.allianceName })}</Alert>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate({ targetAllianceId: alliance.id, joinToken, message: message.trim(), organisationId: organisations.length > 1 ? organisationId : undefined });
  };
  return (
    <form className="form" onSubmit={submit}>
      {ask.isError ? (
        <Alert tone="error" title={t('onboarding.join.failed')}>
          {describe(ask.error)}
        </Alert>
      ) : null}
      {organisations.length > 1 ? (
        <SelectField
          label={t('onboarding.join.organisation')}
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
      ) : null}
      <TextAreaField
        label={t('onboarding.join.message')}
        hint={t('onboarding.join.messageHint')}
        rows={3}
        maxLength={2000}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
      />
      <div className="toolbar toolbar--start">
        <Button type="submit" variant="primary" loading={ask.isPending}>
          {t('onboarding.join.send')}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('onboarding.join.cancel')}</Button> : null}
      </div>
    </form>
  );
}
