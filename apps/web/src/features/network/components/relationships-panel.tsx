import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelationshipKind } from '@/gql/graphql';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { DateField } from '@/components/ui/locale-inputs';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useRelationships, useRemoveRelationship, useStateRelationship, type NetworkNode, type Relationship } from '../api/network';
import { RELATIONSHIP_KINDS } from '../utils/vocabulary';
import type { NetworkViewer } from './network-view';

/**
 * The relationships a member states (the backbone sees everyone's): what it does with whom, how
 * closely, since when. New ones are stated here; a statement can be withdrawn after asking.
 */
export function RelationshipsPanel({ allianceId, viewer, nodes }: { allianceId: string; viewer: NetworkViewer; nodes: NetworkNode[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const list = useRelationships(allianceId);
  const state = useStateRelationship(allianceId);
  const remove = useRemoveRelationship(allianceId);
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<RelationshipKind>('INFORMATION' as RelationshipKind);
  const [directed, setDirected] = useState(false);
  const [strength, setStrength] = useState(2);
  const [since, setSince] = useState<string | null>(null);
  const [sinceInvalid, setSinceInvalid] = useState(false);
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Relationship | null>(null);

  const others = nodes.filter((n) => n.id !== viewer.membershipId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!to || sinceInvalid) return;
    const name = others.find((n) => n.id === to)?.organisation.name ?? '';
    state.mutate(
      { toMembershipId: to, kind, directed, strength, since, note },
      {
        onSuccess: () => {
          setNotice(t('network.relationships.stated', { name }));
          setTo('');
          setNote('');
          setSince(null);
        },
      },
    );
  };

  return (
    <section className="network__section" aria-labelledby="network-relationships">
      <h2 id="network-relationships">{viewer.role === 'BACKBONE' ? t('network.relationships.titleAll') : t('network.relationships.titleOwn')}</h2>
      <p className="network__help">{t('network.relationships.help')}</p>
      {notice ? (
        <div role="status" aria-live="polite" className="network__notice">
          {notice}
        </div>
      ) : null}
      {list.error ? <Alert tone="error">{describe(list.error)}</Alert> : null}
      <DataTable
        caption={t('network.relationships.caption')}
        cards
        rows={list.data ?? []}
        rowKey={(r) => r.id}
        empty={<p>{t('network.relationships.empty')}</p>}
        columns={[
          { key: 'from', header: t('network.relationships.from'), rowHeader: true, cell: (r) => r.from.name },
          { key: 'to', header: t('network.relationships.to'), cell: (r) => r.to.name },
          {
            key: 'kind',
            header: t('network.relationships.kind'),
            cell: (r) => `${t(`network.kinds.${r.kind}`)}${r.directed ? ` (${t('network.relationships.directedShort')})` : ''}`,
          },
          { key: 'strength', header: t('network.relationships.strength'), cell: (r) => t(`network.strength.${r.strength}`) },
          { key: 'since', header: t('network.relationships.since'), cell: (r) => (r.since ? format.date(r.since) : '–') },
          { key: 'note', header: t('network.relationships.note'), cell: (r) => r.note || '–' },
          {
            key: 'actions',
            header: t('network.relationships.actions'),
            headerHidden: true,
            label: false,
            cell: (r) =>
              viewer.role === 'BACKBONE' || r.fromMembershipId === viewer.membershipId ? (
                <Button
                  size="sm"
                  variant="ghost"
                  icon="trash"
                  onClick={() => setRemoving(r)}
                  aria-label={t('network.relationships.removeNamed', { name: r.to.name })}
                >
                  {t('network.relationships.remove')}
                </Button>
              ) : null,
          },
        ]}
      />
      <form className="network-relationship-form card" onSubmit={submit} aria-labelledby="network-relationship-new">
        <h3 id="network-relationship-new">{t('network.relationships.new')}</h3>
        {state.error ? <Alert tone="error">{describe(state.error)}</Alert> : null}
        <div className="network-relationship-form__grid">
          <SelectField
            label={t('network.relationships.with')}
            value={to}
            onChange={(e) => setTo(e.target.value)}
            options={[{ value: '', label: t('network.path.choose') }, ...others.map((n) => ({ value: n.id, label: n.organisation.name }))]}
          />
          <SelectField
            label={t('network.relationships.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as RelationshipKind)}
            options={RELATIONSHIP_KINDS.map((k) => ({ value: k, label: t(`network.kinds.${k}`) }))}
          />
          <SelectField
            label={t('network.relationships.strength')}
            value={String(strength)}
            onChange={(e) => setStrength(Number(e.target.value))}
            options={[1, 2, 3].map((s) => ({ value: String(s), label: t(`network.strength.${s}`) }))}
          />
          <DateField
            optional
            label={t('network.relationships.since')}
            hint={t('network.relationships.sinceHint', { pattern: format.datePattern })}
            value={since}
            onChange={(value, s) => {
              setSince(value);
              setSinceInvalid(s === 'invalid');
            }}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={directed} onChange={(e) => setDirected(e.target.checked)} />
          <span>{t('network.relationships.directed')}</span>
        </label>
        <TextAreaField label={t('network.relationships.note')} optional value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} rows={2} />
        <Button type="submit" variant="primary" icon="plus" loading={state.isPending} disabled={!to}>
          {t('network.relationships.submit')}
        </Button>
      </form>
      <ConfirmDialog
        open={removing !== null}
        title={t('network.relationships.removeTitle')}
        description={removing ? t('network.relationships.removeText', { from: removing.from.name, to: removing.to.name }) : undefined}
        confirmLabel={t('network.relationships.remove')}
        pending={remove.isPending}
        error={remove.error ? describe(remove.error) : undefined}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() =>
          removing &&
          remove.mutate(removing, {
            onSuccess: () => {
              setNotice(t('network.relationships.removed', { name: removing.to.name }));
              setRemoving(null);
            },
          })
        }
      />
    </section>
  );
}
