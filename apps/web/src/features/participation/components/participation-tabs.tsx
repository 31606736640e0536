import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The workspace's co-production pages: the moderators' queue (pending, approved) and the forwarded reports. */
export function ParticipationTabs({ allianceId, moderator }: { allianceId: string; moderator: boolean }) {
  const { t } = useTranslation();
  const base = `/a/${allianceId}/participation`;
  return (
    <nav className="tabs" aria-label={t('participation.ws.tabs')}>
      {moderator ? (
        <>
          <NavLink className="tabs__link" to={`${base}/queue`} end>
            {t('participation.ws.queue.pending')}
          </NavLink>
          <NavLink className="tabs__link" to={`${base}/approved`}>
            {t('participation.ws.queue.approved')}
          </NavLink>
        </>
      ) : null}
      <NavLink className="tabs__link" to={`${base}/forwarded`}>
        {t('participation.ws.forwarded.title')}
      </NavLink>
    </nav>
  );
}
