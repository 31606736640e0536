import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceCategory, ResourceDirection } from '@/gql/graphql';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import {
  useAddMemberResource,
  useMatchingVocabulary,
  useMemberResources,
  useRemoveMemberResource,
  useUpdateMemberResource,
  type MemberResource,
} from '../api/matching';
import { LANGUAGES, RESOURCE_CATEGORIES, languageName, thing } from '../utils/reasons';

const EMPTY = { direction: 'NEED' as ResourceDirection, category: 'ROOMS' as ResourceCategory, field: '', districtId: '', targetGroup: '', note: '' };

/**
 * What the members offer and need, from the shared vocabulary plus free text. A member adds and
 * removes its own; the backbone may remove anyone's. Everyone who takes part reads all of them.
 */
export function ResourcesPanel({ allianceId, membershipId }: { allianceId: string; membershipId: string }) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const list = useMemberResources(allianceId);
  const vocabulary = useMatchingVocabulary(allianceId);
  const add = useAddMemberResource(allianceId);
  const remove = useRemoveMemberResource(allianceId);
  const update = useUpdateMemberResource(allianceId);
  const [form, setForm] = useState(EMPTY);
  const [editing, setEditing] = useState<MemberResource | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<MemberResource | null>(null);

  const rows = list.data ?? [];
  const own = rows.filter((r) => r.membershipId === membershipId);
  const others = rows.filter((r) => r.membershipId !== membershipId);
  const describeRow = (r: MemberResource) => thing(r.category, r.field, t, i18n.language);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = { ...form, districtId: form.districtId || null, targetGroup: form.targetGroup || null };
    const what = thing(form.category, form.field, t, i18n.language);
    const done = (text: string) => {
      setNotice(text);
      setEditing(null);
      setForm({ ...EMPTY, direction: form.direction });
    };
    if (editing)
      update.mutate({ ...values, resourceId: editing.id, version: editing.version }, { onSuccess: () => done(t('matching.resources.changed', { what })) });
    else
      add.mutate(values, { onSuccess: () => done(t(form.direction === 'OFFER' ? 'matching.resources.addedOffer' : 'matching.resources.addedNeed', { what })) });
  };
  const edit = (r: MemberResource) => {
    setEditing(r);
    update.reset();
    setForm({ direction: r.direction, category: r.category, field: r.field, districtId: r.districtId ?? '', targetGroup: r.targetGroup ?? '', note: r.note });
  };
  const fieldLabel = form.category === 'LANGUAGE' ? t('matching.fields.language') : t(`matching.fields.field`);

  const columns = (withOrganisation: boolean) => [
    withOrganisation && { key: 'organisation', header: t('matching.fields.organisation'), rowHeader: true, cell: (r: MemberResource) => r.organisation.name },
    { key: 'direction', header: t('matching.fields.direction'), cell: (r: MemberResource) => t(`matching.directions.${r.direction}`) },
    { key: 'what', header: t('matching.fields.what'), rowHeader: !withOrganisation, cell: describeRow },
    { key: 'district', header: t('matching.fields.district'), cell: (r: MemberResource) => r.districtName ?? '–' },
    { key: 'group', header: t('matching.fields.targetGroup'), cell: (r: MemberResource) => r.targetGroup ?? '–' },
    { key: 'note', header: t('matching.fields.note'), cell: (r: MemberResource) => r.note || '–' },
    {
      key: 'actions',
      header: t('matching.resources.actions'),
      headerHidden: true,
      label: false as const,
      cell: (r: MemberResource) =>
        r.editable ? (
          <span className="matching-resource__actions">
            <Button size="sm" variant="ghost" icon="edit" onClick={() => edit(r)} aria-label={t('matching.resources.editNamed', { what: describeRow(r) })}>
              {t('matching.resources.edit')}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              icon="trash"
              onClick={() => setRemoving(r)}
              aria-label={t('matching.resources.removeNamed', { what: describeRow(r) })}
            >
              {t('matching.resources.remove')}
            </Button>
          </span>
        ) : null,
    },
  ];

  return (
    <section className="matching__section" aria-labelledby="matching-resources">
      <h2 id="matching-resources">{t('matching.resources.title')}</h2>
      <p className="matching__help">{t('matching.resources.help')}</p>
      {notice ? (
        <div role="status" aria-live="polite" className="matching__notice">
          {notice}
        </div>
      ) : null}
      {list.error ? <Alert tone="error">{describe(list.error)}</Alert> : null}
      <DataTable
        caption={t('matching.resources.ownCaption')}
        cards
        rows={own}
        rowKey={(r) => r.id}
        empty={<p>{t('matching.resources.ownEmpty')}</p>}
        columns={columns(false)}
      />
      <form className="matching-resource-form card" onSubmit={submit} aria-labelledby="matching-resource-new">
        <h3 id="matching-resource-new">
          {editing ? t('matching.resources.editTitle', { what: describeRow(editing), name: editing.organisation.name }) : t('matching.resources.new')}
        </h3>
        {add.error ? <Alert tone="error">{describe(add.error)}</Alert> : null}
        {update.error ? <Alert tone="error">{describe(update.error)}</Alert> : null}
        <div className="matching-resource-form__grid">
          <SelectField
            label={t('matching.fields.direction')}
            value={form.direction}
            onChange={(e) => setForm({ ...form, direction: e.target.value as ResourceDirection })}
            options={(['NEED', 'OFFER'] as const).map((d) => ({ value: d, label: t(`matching.directions.${d}`) }))}
          />
          <SelectField
            label={t('matching.fields.category')}
            value={form.category}
            onChange={(e) => setForm({ ...form, category: e.target.value as ResourceCategory, field: '' })}
            options={RESOURCE_CATEGORIES.map((c) => ({ value: c, label: t(`matching.categories.${c}`) }))}
          />
          {form.category === 'LANGUAGE' ? (
            <SelectField
              label={fieldLabel}
              value={form.field}
              onChange={(e) => setForm({ ...form, field: e.target.value })}
              options={[
                { value: '', label: t('matching.fields.chooseLanguage') },
                ...LANGUAGES.map((l) => ({ value: l, label: languageName(l, i18n.language) })),
              ]}
            />
          ) : (
            <TextField
              label={fieldLabel}
              hint={t('matching.fields.fieldHint')}
              optional
              list="matching-resource-fields"
              value={form.field}
              maxLength={200}
              onChange={(e) => setForm({ ...form, field: e.target.value })}
            />
          )}
          <SelectField
            label={t('matching.fields.district')}
            optional
            value={form.districtId}
            onChange={(e) => setForm({ ...form, districtId: e.target.value })}
            options={[
              { value: '', label: t('matching.fields.anyDistrict') },
              ...(vocabulary.data?.districts ?? []).map((d) => ({ value: d.id, label: d.name })),
            ]}
          />
          <TextField
            label={t('matching.fields.targetGroup')}
            optional
            list="matching-resource-groups"
            value={form.targetGroup}
            maxLength={200}
            onChange={(e) => setForm({ ...form, targetGroup: e.target.value })}
          />
        </div>
        <TextAreaField
          label={t('matching.fields.note')}
          optional
          value={form.note}
          onChange={(e) => setForm({ ...form, note: e.target.value })}
          maxLength={2000}
          rows={2}
        />
        <div className="matching-search__actions">
          <Button
            type="submit"
            variant="primary"
            icon={editing ? 'check' : 'plus'}
            loading={add.isPending || update.isPending}
            disabled={form.category === 'LANGUAGE' && !form.field}
          >
            {editing ? t('matching.resources.save') : t('matching.resources.submit')}
          </Button>
          {editing ? (
            <Button
              onClick={() => {
                setEditing(null);
                setForm(EMPTY);
              }}
            >
              {t('matching.resources.cancel')}
            </Button>
          ) : null}
        </div>
        <datalist id="matching-resource-groups">
          {(vocabulary.data?.targetGroups ?? []).map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
        <datalist id="matching-resource-fields">
          {(vocabulary.data?.fields ?? []).map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
      </form>
      <DataTable
        caption={t('matching.resources.othersCaption')}
        cards
        rows={others}
        rowKey={(r) => r.id}
        empty={<p>{t('matching.resources.othersEmpty')}</p>}
        columns={columns(true)}
      />
      <ConfirmDialog
        open={removing !== null}
        title={t('matching.resources.removeTitle')}
        description={removing ? t('matching.resources.removeText', { what: describeRow(removing), name: removing.organisation.name }) : undefined}
        confirmLabel={t('matching.resources.remove')}
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
              setNotice(t('matching.resources.removed', { what: describeRow(removing) }));
              setRemoving(null);
            },
          })
        }
      />
    </section>
  );
}
