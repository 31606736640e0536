import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { useConflictState } from '@/components/ui/use-conflict-state';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { dimensionsQueryOptions, useUpdateDimension, type DimensionOption, type UpdateDimensionVariables } from '../api/dimensions';
import { categoryProblem, repeatedAt } from '../utils/dimension-rules';
import { dimensionFieldError } from './dimension-field-error';

/** A category row of the form: `id` null for one the user adds; `key` keeps React's rows apart. */
interface Row {
  key: string;
  id: string | null;
  name: string;
}

/** What was sent, and which categories the dimension had when the user started editing. */
interface Attempt {
  input: UpdateDimensionVariables;
  baseIds: string[];
}

const rowsOf = (d: DimensionOption): Row[] => d.categories.map((c) => ({ key: c.id, id: c.id, name: c.name }));

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** "Geschlecht: weiblich, männlich, divers" — the state compared in the conflict dialog. */
const summary = (d: { name: string; categories: { name: string }[] }) => `${d.name}: ${d.categories.map((c) => c.name).join(', ')}`;

/** Renames a dimension and its categories, adds categories and removes unused ones (backbone). */
export function DimensionEditDialog({
  allianceId,
  dimension,
  onClose,
}: {
  allianceId: string;
  dimension: DimensionOption | null;
  /** With the saved dimension, or nothing when the user left without saving. */
  onClose: (saved?: DimensionOption) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={dimension !== null}
      onClose={() => onClose()}
      title={t('indicators.dimensions.editTitle')}
      description={t('indicators.dimensions.editDescription')}
    >
      {dimension ? <DimensionEditForm key={dimension.id} allianceId={allianceId} dimension={dimension} onDone={onClose} /> : null}
    </Dialog>
  );
}

function DimensionEditForm({ allianceId, dimension, onDone }: { allianceId: string; dimension: DimensionOption; onDone: (saved?: DimensionOption) => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const update = useUpdateDimension(allianceId);
  const conflict = useConflictState<DimensionOption, Attempt>();
  // The state edited on; replaced by the stored one after a conflict.
  const [start, setStart] = useState(dimension);
  const [name, setName] = useState(dimension.name);
  const [rows, setRows] = useState(() => rowsOf(dimension));
  const [added, setAdded] = useState(0);
  const [tried, setTried] = useState(false);

  const names = rows.map((r) => r.name);
  const problem = categoryProblem(names);
  const repeated = repeatedAt(names);
  const removed = start.categories.filter((c) => !rows.some((r) => r.id === c.id));

  const save = (input: UpdateDimensionVariables, base: DimensionOption) =>
    update.mutate(input, {
      onSuccess: (saved) => onDone(saved),
      onError: (error) => {
        if (!isApiError(error, 'CONFLICT')) return;
        void conflict.show(dimensionsQueryOptions(allianceId), (data) => data.find((d) => d.id === base.id), {
          input,
          baseIds: base.categories.map((c) => c.id),
        });
      },
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!name.trim() || problem) return;
    save({ dimensionId: start.id, version: start.version, name: name.trim(), categories: rows.map((r) => ({ id: r.id, name: r.name.trim() })) }, start);
  };

  const load = (stored: DimensionOption) => {
    update.reset();
    setStart(stored);
    setName(stored.name);
    setRows(rowsOf(stored));
    setTried(false);
  };

  const addRow = () => {
    setRows([...rows, { key: `new-${added}`, id: null, name: '' }]);
    setAdded(added + 1);
  };

  const rename = (index: number, value: string) => setRows(rows.map((r, i) => (i === index ? { ...r, name: value } : r)));

  const rowError = (row: Row, index: number) => {
    if (tried && !row.name.trim()) return t('fieldErrors.required');
    if (repeated.has(index)) return t('indicators.dimensions.fieldErrors.categories.duplicate');
    return undefined;
  };

  const groupError =
    (tried && problem === 'atLeastTwo' ? t('indicators.dimensions.fieldErrors.categories.atLeastTwo') : undefined) ??
    dimensionFieldError(t, update.error, 'categories');
  const failed = update.isError && !isApiError(update.error, 'CONFLICT');
  const inUse = isApiError(update.error, 'CATEGORY_IN_USE') ? String(update.error.params.name ?? '') : '';

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('indicators.dimensions.editTitle')}>
      {failed ? (
        <Alert tone="error" title={t('indicators.dimensions.saveFailed')}>
          {describe(update.error, { CATEGORY_IN_USE: t('indicators.dimensions.categoryInUse', { name: inUse }) })}
        </Alert>
      ) : null}
      <TextField
        label={t('indicators.dimensions.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={tried && !name.trim() ? t('fieldErrors.required') : dimensionFieldError(t, update.error, 'name')}
        autoComplete="off"
      />
      <fieldset className="category-rows" aria-describedby={groupError ? 'dimension-categories-error' : undefined}>
        <legend className="field__label">{t('indicators.dimensions.categories')}</legend>
        <p className="field__hint">{t('indicators.dimensions.editCategoriesHint')}</p>
        {groupError ? (
          <p className="field__error" id="dimension-categories-error">
            {groupError}
          </p>
        ) : null}
        <ol className="category-rows__list">
          {rows.map((row, index) => (
            <li key={row.key} className="category-rows__item">
              <TextField
                label={t('indicators.dimensions.categoryLabel', { n: index + 1 })}
                hint={row.id ? undefined : t('indicators.dimensions.categoryNew')}
                value={row.name}
                onChange={(e) => rename(index, e.target.value)}
                error={rowError(row, index)}
                autoComplete="off"
                // A row the user just added takes the focus; existing ones never grab it.
                autoFocus={row.id === null && row.key === `new-${added - 1}`}
              />
              <Button size="sm" variant="ghost" icon="trash" onClick={() => setRows(rows.filter((_, i) => i !== index))}>
                {t('indicators.dimensions.removeCategory')}{' '}
                <span className="visually-hidden">– {row.name.trim() || t('indicators.dimensions.categoryLabel', { n: index + 1 })}</span>
              </Button>
            </li>
          ))}
        </ol>
        <div>
          <Button size="sm" variant="ghost" icon="plus" onClick={addRow}>
            {t('indicators.dimensions.addCategory')}
          </Button>
        </div>
        {removed.length ? <p className="field__hint">{t('indicators.dimensions.removing', { names: removed.map((c) => c.name).join(', ') })}</p> : null}
      </fieldset>
      <div className="form__actions">
        <Button variant="ghost" onClick={() => onDone()}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" loading={update.isPending}>
          {t('indicators.dimensions.save')}
        </Button>
      </div>
      <ConflictDialog
        {...conflict.dialog({
          describe: summary,
          mine: (attempt) => summary(attempt.input),
          reload: () => {
            const stored = conflict.conflict?.stored;
            if (stored) load(stored);
            else onDone();
          },
          // Repeating the list would silently remove categories someone else added meanwhile (or
          // bring back ones they removed), so only when the set of categories is still the same.
          canReapply: (stored, attempt) =>
            sameIds(
              stored.categories.map((c) => c.id),
              attempt.baseIds,
            ),
          reapply: (stored, attempt) => {
            setStart(stored);
            save({ ...attempt.input, version: stored.version }, stored);
          },
        })}
      />
    </form>
  );
}
