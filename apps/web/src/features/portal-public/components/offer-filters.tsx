import { useTranslation } from 'react-i18next';
import type { FacetName, OfferSearchResult, PortalDistrict } from '../api/portal-api';
import { type FilterKey } from '../utils/search-params';

interface Props {
  location: URLSearchParams;
  facets: OfferSearchResult['facets'] | undefined;
  districts: PortalDistrict[];
  onChange: (key: FilterKey, value: string | null) => void;
}

/**
 * The facets as native selects (each option with its count) plus age and date inputs: every
 * filter works with the keyboard and a screen reader, and changes the list and the map alike.
 */
export function OfferFilters({ location, facets, districts, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const languageName = (code: string) => {
    try {
      return new Intl.DisplayNames([i18n.language], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const label = (facet: FacetName, value: string) => {
    if (facet === 'district') return districts.find((d) => d.id === value)?.name ?? value;
    if (facet === 'cost') return t(`portal-public.cost.${value}`);
    if (facet === 'accessibility') return t(`portal-public.accessibility.${value}`);
    if (facet === 'language') return languageName(value);
    return value;
  };
  const select = (facet: FacetName) => {
    const current = location.get(facet) ?? '';
    const options = facets?.[facet] ?? [];
    // A chosen value stays selectable even when the other filters leave no offers for it.
    const values = options.some((o) => o.value === current) || !current ? options : [...options, { value: current, count: 0 }];
    const id = `portal-filter-${facet}`;
    return (
      <div className="field portal-filter" key={facet}>
        <label className="field__label" htmlFor={id}>
          {t(`portal-public.facet.${facet}`)}
        </label>
        <select id={id} className="input" value={current} onChange={(e) => onChange(facet, e.target.value || null)}>
          <option value="">{t('portal-public.any')}</option>
          {values.map((o) => (
            <option key={o.value} value={o.value}>
              {t('portal-public.withCount', { label: label(facet, o.value), count: o.count })}
            </option>
          ))}
        </select>
      </div>
    );
  };
  return (
    <fieldset className="portal-filters">
      <legend className="portal-filters__legend">{t('portal-public.filters')}</legend>
      {(['category', 'targetGroup', 'district', 'cost', 'accessibility', 'language'] as const).map(select)}
      <div className="field portal-filter">
        <label className="field__label" htmlFor="portal-filter-age">
          {t('portal-public.facet.age')}
        </label>
        <input
          id="portal-filter-age"
          className="input"
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          defaultValue={location.get('age') ?? ''}
          key={location.get('age') ?? ''}
          onBlur={(e) => onChange('age', e.target.value || null)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onChange('age', e.currentTarget.value || null);
          }}
        />
      </div>
      <div className="field portal-filter">
        <label className="field__label" htmlFor="portal-filter-from">
          {t('portal-public.facet.from')}
        </label>
        <input
          id="portal-filter-from"
          className="input"
          type="date"
          value={location.get('from') ?? ''}
          onChange={(e) => onChange('from', e.target.value || null)}
        />
      </div>
    </fieldset>
  );
}
