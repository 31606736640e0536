import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import { useForwardReport, useForwardTargets, useMergeReports, type ParticipationItem } from '../api/workspace';

/** Forward an approved report to the member that can act on it (it then sees it under "Weitergeleitete Meldungen"). */
export function ForwardForm({ allianceId, item }: { allianceId: string; item: ParticipationItem }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const targets = useForwardTargets(allianceId);
  const forward = useForwardReport(allianceId);
  const [membershipId, setMembershipId] = useState('');
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (membershipId) forward.mutate({ reportId: item.id, membershipId, note: note.trim() || undefined, version: item.version });
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('participation.ws.forward')}>
      <SelectField
        label={t('participation.ws.forwardTo')}
        value={membershipId}
        onChange={(e) => setMembershipId(e.target.value)}
        options={[{ value: '', label: t('participation.choose') }, ...(targets.data ?? []).map((m) => ({ value: m.id, label: m.organisation.name }))]}
      />
      <TextAreaField label={t('participation.ws.forwardNote')} rows={2} optional value={note} onChange={(e) => setNote(e.target.value)} />
      {forward.isError ? <Alert tone="error">{describe(forward.error)}</Alert> : null}
      <div>
        <Button type="submit" variant="primary" loading={forward.isPending} disabled={!membershipId}>
          {t('participation.ws.forward')}
        </Button>
      </div>
    </form>
  );
}

/** Merge a duplicate into another approved report: the duplicate closes, its supports count for the kept one. */
export function MergeForm({ allianceId, item, others }: { allianceId: string; item: ParticipationItem; others: ParticipationItem[] }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const merge = useMergeReports(allianceId);
  const [keepId, setKeepId] = useState('');
  if (!others.length) return null;
  return (
    <form
      className="stack"
      aria-label={t('participation.ws.merge')}
      onSubmit={(e) => {
        e.preventDefault();
        if (keepId) merge.mutate({ keepId, duplicateId: item.id });
      }}
    >
      <SelectField
        label={t('participation.ws.duplicateOf')}
        optional
        value={keepId}
        onChange={(e) => setKeepId(e.target.value)}
        options={[
          { value: '', label: t('participation.choose') },
          ...others.map((o) => ({ value: o.id, label: `${t(`participation.category.${o.category}`)}: ${o.text.slice(0, 60)}` })),
        ]}
      />
      {merge.isError ? <Alert tone="error">{describe(merge.error)}</Alert> : null}
      <div>
        <Button type="submit" loading={merge.isPending} disabled={!keepId}>
          {t('participation.ws.merge')}
        </Button>
      </div>
    </form>
  );
}
