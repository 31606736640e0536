import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import { useCreateDimension, useDimensions } from '../api/dimensions';

/**
 * Chooses the indicator's disaggregation dimensions from the alliance's shared ones, and defines
 * a new one on the spot. Lives inside the indicator form, so it has no form of its own.
 */
export function DimensionPicker({ allianceId, value, onChange }: { allianceId: string; value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const dimensions = useDimensions(allianceId);
  const [adding, setAdding] = useState(false);

  return (
    <fieldset className="checkbox-group">
      <legend className="field__label">
        {t('indicators.dimensions.legend')} <span className="field__optional">({t('common.optional')})</span>
      </legend>
      <p className="field__hint">{t('indicators.dimensions.hint')}</p>
      {dimensions.isPending ? <p className="field__hint">{t('common.loading')}</p> : null}
      {dimensions.isError ? <p className="field__error">{describe(dimensions.error)}</p> : null}
      {dimensions.data?.map((d) => (
        <label key={d.id} className="checkbox">
          <input type="checkbox" checked={value.includes(d.id)} onChange={(e) => onChange(e.target.checked ? [...value, d.id] : value.filter((x) => x !== d.id))} />
          <span>
            {d.name} <span className="table__secondary checkbox__detail">{d.categories.map((c) => c.name).join(', ')}</span>
          </span>
        </label>
      ))}
      {adding ? (
        <NewDimension
          allianceId={allianceId}
          onCreated={(id) => {
            onChange([...value, id]);
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <div>
          <Button size="sm" variant="ghost" icon="plus" onClick={() => setAdding(true)}>
            {t('indicators.dimensions.add')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}

function NewDimension({ allianceId, onCreated, onCancel }: { allianceId: string; onCreated: (id: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const create = useCreateDimension(allianceId);
  const [name, setName] = useState('');
  const [categories, setCategories] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const parts = categories
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);

  const submit = () => {
    if (!name.trim()) return setProblem(t('fieldErrors.required'));
    if (parts.length < 2 || new Set(parts).size !== parts.length) return setProblem(t('indicators.dimensions.categoriesInvalid'));
    setProblem(undefined);
    create.mutate({ name: name.trim(), categories: parts }, { onSuccess: (d) => onCreated(d.id) });
  };

  return (
    <div className="dimension-new">
      {create.isError ? (
        <Alert tone="error" title={t('indicators.dimensions.createFailed')}>
          {describe(create.error)}
        </Alert>
      ) : null}
      <div className="form__row">
        <TextField label={t('indicators.dimensions.name')} value={name} onChange={(e) => setName(e.target.value)} error={!name.trim() ? problem : undefined} />
        <TextField
          label={t('indicators.dimensions.categories')}
          hint={t('indicators.dimensions.categoriesHint')}
          value={categories}
          onChange={(e) => setCategories(e.target.value)}
          error={name.trim() ? problem : undefined}
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
