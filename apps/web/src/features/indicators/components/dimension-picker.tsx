import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useErrorMessage } from '@/lib/errors';
import { useDimensions } from '../api/dimensions';
import { DimensionCreateForm } from './dimension-create-form';

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
          <input
            type="checkbox"
            checked={value.includes(d.id)}
            onChange={(e) => onChange(e.target.checked ? [...value, d.id] : value.filter((x) => x !== d.id))}
          />
          <span>
            {d.name} <span className="table__secondary checkbox__detail">{d.categories.map((c) => c.name).join(', ')}</span>
          </span>
        </label>
      ))}
      {adding ? (
        <DimensionCreateForm
          allianceId={allianceId}
          onCreated={(d) => {
            onChange([...value, d.id]);
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
