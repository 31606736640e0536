import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { DateField } from '@/components/ui/locale-inputs';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { useCreateActionItem } from '../api/create-action-item';
import { useLogContext } from '../api/get-log-context';
import type { LogEntryDetail } from '../api/get-log-entry';
import { actionItemOwners, type LogViewer } from '../utils/viewer';
import { ActionItemRow } from './action-item-row';

/** The entry's action items (open first, as the API sends them) and, where allowed, a form for a new one. */
export function ActionItemsSection({ allianceId, entry, viewer }: { allianceId: string; entry: LogEntryDetail; viewer: LogViewer }) {
  const { t } = useTranslation();
  const context = useLogContext(allianceId);
  const owners = actionItemOwners(viewer, context.data?.members ?? [], entry.authorMember.membershipId);
  const [adding, setAdding] = useState(false);

  return (
    <section className="card log-section" aria-labelledby="action-items-title">
      <div className="log-section-head">
        <h2 id="action-items-title" className="section__title">
          {t('communication.actionItems.heading', { count: entry.actionItems.length })}
        </h2>
        {owners.length > 0 && !adding ? (
          <Button size="sm" icon="plus" onClick={() => setAdding(true)}>
            {t('communication.actionItems.add')}
          </Button>
        ) : null}
      </div>
      {entry.actionItems.length === 0 ? <p className="muted">{t('communication.actionItems.none')}</p> : null}
      {entry.actionItems.length > 0 ? (
        <ul className="action-items">
          {entry.actionItems.map((item) => (
            <ActionItemRow key={item.id} allianceId={allianceId} item={item} viewer={viewer} />
          ))}
        </ul>
      ) : null}
      {adding ? (
        <NewActionItemForm allianceId={allianceId} entryId={entry.id} owners={owners} ownMembershipId={viewer.membershipId} onDone={() => setAdding(false)} />
      ) : null}
    </section>
  );
}

function NewActionItemForm({
  allianceId,
  entryId,
  owners,
  ownMembershipId,
  onDone,
}: {
  allianceId: string;
  entryId: string;
  ownMembershipId: string;
  owners: { id: string; organisation: { name: string } }[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const create = useCreateActionItem(allianceId);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState(owners.some((m) => m.id === ownMembershipId) ? ownMembershipId : (owners[0]?.id ?? ''));
  const [due, setDue] = useState<string | null>(null);
  const [dueInvalid, setDueInvalid] = useState(false);
  const [tried, setTried] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!title.trim() || dueInvalid) return;
    create.mutate({ logEntryId: entryId, title: title.trim(), ownerMembershipId: owner, dueOn: due }, { onSuccess: onDone });
  };

  return (
    <form className="form log-subform" onSubmit={submit} noValidate aria-label={t('communication.actionItems.add')}>
      {create.isError ? (
        <Alert tone="error" title={t('communication.actionItems.addFailed')}>
          {describe(create.error)}
        </Alert>
      ) : null}
      <TextField
        label={t('communication.actionItems.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={tried && !title.trim() ? t('fieldErrors.required') : fieldError(t, create.error, 'title')}
      />
      <div className="form__row">
        <SelectField
          label={t('communication.actionItems.owner')}
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
          options={owners.map((m) => ({ value: m.id, label: m.organisation.name }))}
        />
        <DateField
          label={t('communication.actionItems.due')}
          optional
          value={due}
          onChange={(value, state) => {
            setDue(value);
            setDueInvalid(state === 'invalid');
          }}
          error={fieldError(t, create.error, 'dueOn')}
        />
      </div>
      <div className="form__actions">
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" loading={create.isPending}>
          {t('communication.actionItems.save')}
        </Button>
      </div>
    </form>
  );
}
