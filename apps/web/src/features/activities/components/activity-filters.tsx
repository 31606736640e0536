import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { useDebouncedText } from '@/lib/use-debounced-text';
import type { ActivityOptions } from '../api/get-activity-options';
import { ACTIVITY_STATUSES } from '../utils/permissions';

export interface FilterValues {
  search: string;
  goal: string;
  member: string;
  status: string;
  targetGroup: string;
  /** A district's id. */
  district: string;
}

/** Choices apply at once; typed text applies after a short pause, so the list does not refetch on every key. */
export function ActivityFilters({
  values,
  options,
  onChange,
  onReset,
}: {
  values: FilterValues;
  options: ActivityOptions | undefined;
  onChange: (next: Partial<FilterValues>) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const [search, setSearch] = useDebouncedText(
    values.search,
    useCallback((search: string) => onChange({ search }), [onChange]),
  );
  const [targetGroup, setTargetGroup] = useDebouncedText(
    values.targetGroup,
    useCallback((targetGroup: string) => onChange({ targetGroup }), [onChange]),
  );

  const any = { value: '', label: t('activities.filters.any') };
  const goals = (options?.goals ?? []).map((g) => ({ value: g.id, label: `${'\u2003'.repeat(g.depth)}${g.title}` }));
  const members = (options?.members ?? [])
    .filter((m) => m.role !== 'OBSERVER')
    .map((m) => ({ value: m.id, label: m.organisation.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const statuses = ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`activities.status.${s}`) }));
  const active = Object.values(values).some(Boolean);

  return (
    <form className="activity-filters" aria-label={t('activities.filters.label')} role="search" onSubmit={(e) => e.preventDefault()}>
      <TextField
        required={false}
        type="search"
        label={t('activities.filters.search')}
        hint={t('activities.filters.searchHint')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <SelectField
        required={false}
        label={t('activities.filters.goal')}
        value={values.goal}
        options={[any, ...goals]}
        onChange={(e) => onChange({ goal: e.target.value })}
      />
      <SelectField
        required={false}
        label={t('activities.filters.member')}
        value={values.member}
        options={[any, ...members]}
        onChange={(e) => onChange({ member: e.target.value })}
      />
      <SelectField
        required={false}
        label={t('activities.filters.status')}
        value={values.status}
        options={[any, ...statuses]}
        onChange={(e) => onChange({ status: e.target.value })}
      />
      <TextField
        required={false}
        label={t('activities.filters.targetGroup')}
        aria-describedby={hintId}
        value={targetGroup}
        onChange={(e) => setTargetGroup(e.target.value)}
      />
      <SelectField
        required={false}
        label={t('activities.filters.district')}
        value={values.district}
        options={[any, ...(options?.districts ?? []).map((d) => ({ value: d.id, label: d.name }))]}
        onChange={(e) => onChange({ district: e.target.value })}
      />
      <p id={hintId} className="activity-filters__hint">
        {t('activities.filters.textHint')}
      </p>
      {active ? (
        <div className="activity-filters__reset">
          <Button size="sm" variant="ghost" icon="close" onClick={onReset}>
            {t('activities.filters.reset')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
