import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Picks a GeoJSON file for a district's shape and hands over its text (the API checks it: one
 * Polygon or MultiPolygon in longitude/latitude). Nothing is uploaded until the form is saved.
 */
export function DistrictShapeField({ onText, hint }: { onText: (text: string | null) => void; hint?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileName(file?.name ?? null);
    onText(file ? await file.text() : null);
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('settings.districts.shape')}
        <span className="field__optional"> ({t('common.optional')})</span>
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint ?? t('settings.districts.shapeHint')}
      </p>
      <input id={id} type="file" accept=".geojson,.json,application/geo+json,application/json" aria-describedby={`${id}-hint`} onChange={(e) => void pick(e)} />
      {fileName ? <p className="muted">{t('settings.districts.shapeChosen', { name: fileName })}</p> : null}
    </div>
  );
}
