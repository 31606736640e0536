import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import type { ActivityOptions } from '../api/get-activity-options';
import { ACTIVITY_STATUSES } from '../utils/permissions';

export interface FilterValues {
  goal: string;
  member: string;
  status: string;
  targetGroup: string;
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
  const [targetGroup, setTargetGroup] = useState(values.targetGroup);
  const [district, setDistrict] = useState(values.district);
  const hintId = useId();

  // Follow outside changes (reset, back button).
  useEffect(() => setTargetGroup(values.targetGroup), [values.targetGroup]);
  useEffect(() => setDistrict(values.district), [values.district]);

  useEffect(() => {
    if (targetGroup === values.targetGroup && district === values.district) return;
    const timer = setTimeout(() => onChange({ targetGroup, district }), 400);
    return () => clearTimeout(timer);
  }, [targetGroup, district, values.targetGroup, values.district, onChange]);

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
      <SelectField required={false} label={t('activities.filters.goal')} value={values.goal} options={[any, ...goals]} onChange={(e) => onChange({ goal: e.target.value })} />
      <SelectField required={false} label={t('activities.filters.member')} value={values.member} options={[any, ...members]} onChange={(e) => onChange({ member: e.target.value })} />
      <SelectField required={false} label={t('activities.filters.status')} value={values.status} options={[any, ...statuses]} onChange={(e) => onChange({ status: e.target.value })} />
      <TextField required={false} label={t('activities.filters.targetGroup')} aria-describedby={hintId} value={targetGroup} onChange={(e) => setTargetGroup(e.target.value)} />
      <TextField required={false} label={t('activities.filters.district')} aria-describedby={hintId} value={district} onChange={(e) => setDistrict(e.target.value)} />
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
