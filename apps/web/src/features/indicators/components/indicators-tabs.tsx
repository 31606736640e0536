import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Switches between the indicator list, the reporting periods and the dimensions (links relative to `/a/:id/indicators`). */
export function IndicatorsTabs({ base }: { base: string }) {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('indicators.tabs.label')}>
      <NavLink className="tabs__link" to={base} end>
        {t('indicators.tabs.list')}
      </NavLink>
      <NavLink className="tabs__link" to={`${base}/periods`}>
        {t('indicators.tabs.periods')}
      </NavLink>
      <NavLink className="tabs__link" to={`${base}/dimensions`}>
        {t('indicators.tabs.dimensions')}
      </NavLink>
    </nav>
  );
}
