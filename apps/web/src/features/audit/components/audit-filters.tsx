import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { DateField } from '@/components/ui/locale-inputs';
import type { AuditFacets } from '../api/get-audit-facets';
import { EMPTY_FILTER, isFiltered, isReversedRange, type TrailFilter } from '../utils/filters';

/** Filters of the trail; choices apply at once. Every filter may stay empty. */
export function AuditFilters({
  filter,
  onChange,
  facets,
}: {
  filter: TrailFilter;
  onChange: (change: Partial<TrailFilter>) => void;
  facets: AuditFacets | undefined;
}) {
  const { t } = useTranslation();
  const all = { value: '', label: t('audit.filters.all') };
  const typeLabel = (type: string) => t(`audit.types.${type}`, { defaultValue: type });
  const actionLabel = (action: string) => t(`audit.actions.${action}`, { defaultValue: action });
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  return (
    <form role="search" className="audit-filters card" aria-label={t('audit.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="audit-filters__grid">
        <SelectField
          label={t('audit.filters.person')}
          required={false}
          value={filter.actorUserId}
          onChange={(e) => onChange({ actorUserId: e.target.value })}
          options={[all, ...(facets?.actors ?? []).map((a) => ({ value: a.id, label: a.name ?? t('audit.erased') }))]}
        />
        <SelectField
          label={t('audit.filters.type')}
          required={false}
          value={filter.entityType}
          onChange={(e) => onChange({ entityType: e.target.value, entityId: '' })}
          options={[all, ...(facets?.entityTypes ?? []).map((v) => ({ value: v, label: typeLabel(v) })).sort(byLabel)]}
        />
        <SelectField
          label={t('audit.filters.action')}
          required={false}
          value={filter.action}
          onChange={(e) => onChange({ action: e.target.value })}
          options={[all, ...(facets?.actions ?? []).map((v) => ({ value: v, label: actionLabel(v) })).sort(byLabel)]}
        />
        <DateField
          label={t('audit.filters.from')}
          required={false}
          value={filter.from || null}
          onChange={(value, state) => state !== 'invalid' && onChange({ from: value ?? '' })}
        />
        <DateField
          label={t('audit.filters.to')}
          required={false}
          value={filter.to || null}
          error={isReversedRange(filter) ? t('audit.filters.toBeforeFrom') : undefined}
          onChange={(value, state) => state !== 'invalid' && onChange({ to: value ?? '' })}
        />
      </div>
      {filter.entityId || isFiltered(filter) ? (
        <div className="audit-filters__actions">
          {filter.entityId ? (
            <Button size="sm" variant="secondary" icon="close" onClick={() => onChange({ entityId: '' })} aria-label={t('audit.filters.objectRemove')}>
              {t('audit.filters.object', { type: typeLabel(filter.entityType) })}
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" icon="close" onClick={() => onChange(EMPTY_FILTER)}>
            {t('audit.filters.reset')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
