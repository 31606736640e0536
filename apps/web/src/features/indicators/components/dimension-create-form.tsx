import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import { useCreateDimension, type DimensionOption } from '../api/dimensions';
import { categoryProblem } from '../utils/dimension-rules';
import { dimensionFieldError } from './dimension-field-error';

/**
 * Defines a new dimension: a name and its categories, comma-separated. Used inside the indicator
 * form and on the dimensions page, so it is no <form> of its own (forms cannot nest); Enter in a
 * field saves it instead.
 */
export function DimensionCreateForm({
  allianceId,
  onCreated,
  onCancel,
}: {
  allianceId: string;
  onCreated: (dimension: DimensionOption) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const create = useCreateDimension(allianceId);
  const [name, setName] = useState('');
  const [categories, setCategories] = useState('');
  const [problem, setProblem] = useState<{ name?: string; categories?: string }>({});
  const parts = categories
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);

  const submit = () => {
    const found = categoryProblem(parts);
    const next = {
      name: name.trim() ? undefined : t('fieldErrors.required'),
      categories:
        found === 'duplicate' ? t('indicators.dimensions.fieldErrors.categories.duplicate') : found ? t('indicators.dimensions.categoriesInvalid') : undefined,
    };
    setProblem(next);
    if (next.name || next.categories) return;
    create.mutate({ name: name.trim(), categories: parts }, { onSuccess: onCreated });
  };

  const submitOnEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    submit();
  };

  return (
    <div className="dimension-new" role="group" aria-label={t('indicators.dimensions.add')} onKeyDown={submitOnEnter}>
      {create.isError ? (
        <Alert tone="error" title={t('indicators.dimensions.createFailed')}>
          {describe(create.error)}
        </Alert>
      ) : null}
      <div className="form__row">
        <TextField
          label={t('indicators.dimensions.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={problem.name ?? dimensionFieldError(t, create.error, 'name')}
          autoComplete="off"
        />
        <TextField
          label={t('indicators.dimensions.categories')}
          hint={t('indicators.dimensions.categoriesHint')}
          value={categories}
          onChange={(e) => setCategories(e.target.value)}
          error={problem.categories ?? dimensionFieldError(t, create.error, 'categories')}
          autoComplete="off"
        />
      </div>
      <div className="form__actions form__actions--start">
        <Button size="sm" onClick={submit} loading={create.isPending}>
          {t('indicators.dimensions.create')}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
