import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** List and map are two views of the same activities; this switches between them. */
export function ActivitiesNav({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const base = `/a/${allianceId}/activities`;
  return (
    <nav className="activities-nav" aria-label={t('activities.sections.label')}>
      <NavLink end to={base} className="activities-nav__link">
        {t('activities.sections.list')}
      </NavLink>
      <NavLink to={`${base}/map`} className="activities-nav__link">
        {t('activities.sections.map')}
      </NavLink>
      <NavLink to={`${base}/network`} className="activities-nav__link">
        {t('activities.sections.network')}
      </NavLink>
    </nav>
  );
}
