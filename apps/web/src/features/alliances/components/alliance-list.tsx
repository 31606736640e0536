import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Icon } from '@/components/ui/icon';
import { RoleBadge } from '@/components/ui/role-badge';
import { useFormat } from '@/lib/i18n';
import type { AllianceSummary } from '../api/get-my-alliances';

/** The caller's alliances as cards; each card is one link into the workspace. */
export function AllianceList({ alliances }: { alliances: AllianceSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="alliance-list">
      {alliances.map((a) => (
        <li key={a.id}>
          <Link to={a.myRole === 'PROVIDER' ? `/portal/${a.id}/offers` : `/a/${a.id}`} className="alliance-card">
            <span className="alliance-card__head">
              <span className="alliance-card__name">{a.name}</span>
              <Icon name="arrowRight" size={18} className="icon alliance-card__arrow" />
            </span>
            <span className="alliance-card__meta">
              <span>{t(`allianceKinds.${a.kind}`)}</span>
              <span aria-hidden="true">·</span>
              <Badge tone={a.lifecycle === 'ACTIVE' ? 'success' : 'neutral'}>{t(`lifecycles.${a.lifecycle}`)}</Badge>
            </span>
            {a.periodStart || a.periodEnd ? (
              <span className="alliance-card__period">{t('alliances.period', { start: format.date(a.periodStart), end: format.date(a.periodEnd) })}</span>
            ) : null}
            <span className="alliance-card__role">
              <RoleBadge role={a.myRole} />
              <span className="alliance-card__organisation">{t('alliances.actingFor', { organisation: a.myOrganisation.name })}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
