import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { DateField } from '@/components/ui/locale-inputs';
import type { ConflictState, LogEntryType } from '@/gql/graphql';
import { useDebouncedText } from '@/lib/use-debounced-text';
import type { LogContext } from '../api/get-log-context';
import { EMPTY_FILTER, isFiltered, isReversedRange, type TimelineFilter } from '../utils/filters';
import { ENTRY_TYPES } from './entry-type';

/**
 * Filters of the timeline; choices apply at once (no submit), typed text after a short pause.
 * Every filter may stay empty: `required={false}` rather than the "optional" label, which would
 * only repeat on every field.
 */
export function LogFilters({
  filter,
  onChange,
  context,
}: {
  filter: TimelineFilter;
  onChange: (change: Partial<TimelineFilter>) => void;
  context: LogContext | undefined;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof TimelineFilter>(key: K, value: TimelineFilter[K]) => onChange({ [key]: value });
  const [text, setText] = useDebouncedText(
    filter.text,
    useCallback((value: string) => onChange({ text: value }), [onChange]),
  );
  const all = { value: '', label: t('communication.filters.all') };

  return (
    <form role="search" className="log-filters card" aria-label={t('communication.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="log-filters__grid">
        <SelectField
          label={t('communication.filters.type')}
          required={false}
          value={filter.type}
          onChange={(e) => set('type', e.target.value as LogEntryType | '')}
          options={[all, ...ENTRY_TYPES.map((type) => ({ value: type, label: t(`communication.typesPlural.${type}`) }))]}
        />
        <SelectField
          label={t('communication.filters.goal')}
          required={false}
          value={filter.goalId}
          onChange={(e) => set('goalId', e.target.value)}
          options={[all, ...(context?.goals ?? []).map((g) => ({ value: g.id, label: `${'– '.repeat(g.depth)}${g.title}` }))]}
        />
        <SelectField
          label={t('communication.filters.organisation')}
          hint={t('communication.filters.organisationHint')}
          required={false}
          value={filter.membershipId}
          onChange={(e) => set('membershipId', e.target.value)}
          options={[all, ...(context?.members ?? []).map((m) => ({ value: m.id, label: m.organisation.name }))]}
        />
        <SelectField
          label={t('communication.filters.conflictState')}
          required={false}
          value={filter.conflictState}
          onChange={(e) => set('conflictState', e.target.value as ConflictState | '')}
          options={[
            all,
            { value: 'OPEN', label: t('communication.conflictStates.OPEN') },
            { value: 'RESOLVED', label: t('communication.conflictStates.RESOLVED') },
          ]}
        />
        <DateField
          label={t('communication.filters.from')}
          required={false}
          value={filter.from}
          onChange={(value, state) => state !== 'invalid' && set('from', value)}
        />
        <DateField
          label={t('communication.filters.to')}
          required={false}
          value={filter.to}
          error={isReversedRange(filter) ? t('communication.filters.toBeforeFrom') : undefined}
          onChange={(value, state) => state !== 'invalid' && set('to', value)}
        />
        <TextField
          label={t('communication.filters.text')}
          hint={t('communication.filters.textHint')}
          required={false}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {isFiltered(filter) ? (
        <div className="log-filters__actions">
          <Button size="sm" variant="ghost" icon="close" onClick={() => onChange(EMPTY_FILTER)}>
            {t('communication.filters.reset')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
