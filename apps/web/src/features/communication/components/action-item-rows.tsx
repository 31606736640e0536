import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { DateField } from '@/components/ui/locale-inputs';

export interface ActionItemDraft {
  key: number;
  title: string;
  ownerMembershipId: string;
  dueOn: string | null;
  dueInvalid: boolean;
}

export const draftProblems = (draft: ActionItemDraft) => ({ title: draft.title.trim() === '', due: draft.dueInvalid });

/** Action items agreed in a meeting or decision, typed together with the entry. */
export function ActionItemRows({
  drafts,
  onChange,
  owners,
  tried,
  nextKey,
  defaultOwnerId,
}: {
  drafts: ActionItemDraft[];
  onChange: (next: ActionItemDraft[]) => void;
  owners: { id: string; organisation: { name: string } }[];
  tried: boolean;
  nextKey: () => number;
  /** The viewer's own organisation, preselected when it may own items. */
  defaultOwnerId: string;
}) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<ActionItemDraft>) => onChange(drafts.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  if (owners.length === 0) return null;
  return (
    <fieldset className="action-drafts">
      <legend className="field__label">{t('communication.form.actionItems')}</legend>
      <p className="field__hint">{t('communication.form.actionItemsHint')}</p>
      {drafts.map((draft, index) => (
        <div key={draft.key} className="action-drafts__row" role="group" aria-label={t('communication.form.actionItemN', { n: index + 1 })}>
          <TextField
            label={t('communication.actionItems.title')}
            value={draft.title}
            onChange={(e) => update(draft.key, { title: e.target.value })}
            error={tried && draftProblems(draft).title ? t('fieldErrors.required') : undefined}
          />
          <SelectField
            label={t('communication.actionItems.owner')}
            value={draft.ownerMembershipId}
            onChange={(e) => update(draft.key, { ownerMembershipId: e.target.value })}
            options={owners.map((m) => ({ value: m.id, label: m.organisation.name }))}
          />
          <DateField
            label={t('communication.actionItems.due')}
            optional
            value={draft.dueOn}
            onChange={(value, state) => update(draft.key, { dueOn: value, dueInvalid: state === 'invalid' })}
          />
          <Button size="sm" variant="ghost" icon="trash" className="action-drafts__remove" onClick={() => onChange(drafts.filter((d) => d.key !== draft.key))}>
            {t('communication.form.removeActionItem')}
            <span className="visually-hidden"> {index + 1}</span>
          </Button>
        </div>
      ))}
      <div>
        <Button
          size="sm"
          icon="plus"
          onClick={() =>
            onChange([
              ...drafts,
              {
                key: nextKey(),
                title: '',
                ownerMembershipId: owners.some((m) => m.id === defaultOwnerId) ? defaultOwnerId : owners[0]!.id,
                dueOn: null,
                dueInvalid: false,
              },
            ])
          }
        >
          {t('communication.form.addActionItem')}
        </Button>
      </div>
    </fieldset>
  );
}
