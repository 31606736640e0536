import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/**
 * The views of the activities area: list, map, network and partner search. A network (alliance
 * kind NETWORK) starts from the network, so it comes first there; a goal-bound alliance starts
 * from its joint activities and their coverage of the goals.
 */
export function ActivitiesNav({ allianceId, kind }: { allianceId: string; kind?: string }) {
  const { t } = useTranslation();
  const base = `/a/${allianceId}/activities`;
  const list = (
    <NavLink key="list" end to={base} className="activities-nav__link">
      {t('activities.sections.list')}
    </NavLink>
  );
  const map = (
    <NavLink key="map" to={`${base}/map`} className="activities-nav__link">
      {t('activities.sections.map')}
    </NavLink>
  );
  const network = (
    <NavLink key="network" to={`${base}/network`} className="activities-nav__link">
      {t('activities.sections.network')}
    </NavLink>
  );
  const matching = (
    <NavLink key="matching" to={`${base}/matching`} className="activities-nav__link">
      {t('activities.sections.matching')}
    </NavLink>
  );
  return (
    <nav className="activities-nav" aria-label={t('activities.sections.label')}>
      {kind === 'NETWORK' ? [network, matching, list, map] : [list, map, network, matching]}
    </nav>
  );
}
