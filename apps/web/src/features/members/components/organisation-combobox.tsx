import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useErrorMessage } from '@/lib/errors';
import { MIN_SEARCH_LENGTH, useOrganisationSearch, type OrganisationMatch } from '../api/search-organisations';

const DEBOUNCE_MS = 250;

/** An organisation can be invited unless it is already in the alliance or invited to it. */
export const isInvitable = (match: OrganisationMatch) => match.membershipState !== 'ACTIVE' && match.membershipState !== 'INVITED';

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

interface Props {
  allianceId: string;
  selected: OrganisationMatch | null;
  onSelect: (match: OrganisationMatch | null) => void;
  /** No fitting organisation: invite a new one under the typed name. */
  onCreateNew: (name: string) => void;
  error?: string;
}

/**
 * Search for an organisation already on the platform (ARIA 1.2 combobox with a list box):
 * type at least two letters, move with the arrow keys, choose with Enter or a click. Members
 * and invited organisations are listed but cannot be chosen, and say why in text.
 */
export function OrganisationCombobox({ allianceId, selected, onSelect, onCreateNew, error }: Props) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const id = useId();
  const [text, setText] = useState(selected?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebounced(text.trim(), DEBOUNCE_MS);
  // Once chosen, the field shows the name; searching for it again would only repeat the list.
  const search = useOrganisationSearch(allianceId, selected ? '' : query);
  const matches = query.length >= MIN_SEARCH_LENGTH ? (search.data ?? []) : [];
  const settled = query === text.trim() && !search.isFetching;
  const showList = open && matches.length > 0;
  const ids = { input: `${id}-input`, list: `${id}-list`, hint: `${id}-hint`, error: `${id}-error`, status: `${id}-status` };
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (match: OrganisationMatch) => {
    if (!isInvitable(match)) return;
    onSelect(match);
    setText(match.name);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!matches.length) return;
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + matches.length) % matches.length);
    } else if (event.key === 'Enter' && showList && active >= 0) {
      event.preventDefault();
      choose(matches[active]!);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  let status = '';
  if (query.length >= MIN_SEARCH_LENGTH && settled) {
    status = search.isError ? '' : t('members.search.found', { count: matches.length });
  }

  return (
    <div className={`field combobox${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={ids.input}>
        {t('members.search.label')}
      </label>
      <p className="field__hint" id={ids.hint}>
        {t('members.search.hint', { count: MIN_SEARCH_LENGTH })}
      </p>
      <div className="combobox__control">
        <input
          id={ids.input}
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={ids.list}
          aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
          aria-describedby={[ids.hint, error ? ids.error : null].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
            if (selected) onSelect(null);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={ids.list} role="listbox" aria-label={t('members.search.results')} className="combobox__list" hidden={!showList}>
          {matches.map((match, index) => {
            const invitable = isInvitable(match);
            return (
              <li
                key={match.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                aria-disabled={invitable ? undefined : true}
                className={`combobox__option${index === active ? ' combobox__option--active' : ''}${invitable ? '' : ' combobox__option--disabled'}`}
                // Keep the focus in the input; the click chooses.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(match)}
              >
                <span className="combobox__name">{match.name}</span>
                {match.city ? <span className="combobox__state">{match.city}</span> : null}
                {match.membershipState ? <span className="combobox__state">{t(`members.search.state.${match.membershipState}`)}</span> : null}
              </li>
            );
          })}
        </ul>
      </div>
      <p className="visually-hidden" role="status" id={ids.status}>
        {status}
      </p>
      {error ? (
        <p className="field__error" id={ids.error}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      {search.isError ? <p className="field__error">{describe(search.error)}</p> : null}
      {selected ? <p className="combobox__selected">{t('members.search.selected', { name: selected.name })}</p> : null}
      {!selected && settled && query.length >= MIN_SEARCH_LENGTH && !search.isError && !matches.some((m) => m.name.toLowerCase() === query.toLowerCase()) ? (
        <div className="combobox__create">
          <span>{matches.length ? t('members.search.notListed') : t('members.search.none')}</span>
          <Button size="sm" variant="secondary" icon="plus" onClick={() => onCreateNew(query)}>
            {t('members.search.createNew', { name: query })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
