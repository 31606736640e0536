import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { RoleBadge } from '@/components/ui/role-badge';
import type { Alliance } from '../api/get-alliance';

/** Sidebar head: the alliance's logo, kind and lifecycle and in which role the user acts here. */
export function AllianceSummary({ alliance }: { alliance: Alliance }) {
  const { t } = useTranslation();
  return (
    <div className="alliance-summary">
      {alliance.logoDataUrl ? (
        // Decorative: the alliance's name follows right below.
        <img className="alliance-summary__logo" src={alliance.logoDataUrl} alt="" />
      ) : null}
      <p className="alliance-summary__name">{alliance.name}</p>
      <p className="alliance-summary__meta">
        {t(`allianceKinds.${alliance.kind}`)} ·{' '}
        <Badge tone={alliance.lifecycle === 'ACTIVE' ? 'success' : 'neutral'}>{t(`lifecycles.${alliance.lifecycle}`)}</Badge>
      </p>
      <div className="alliance-summary__role">
        <span className="alliance-summary__organisation">{alliance.myOrganisation.name}</span>
        <RoleBadge role={alliance.myRole} />
      </div>
    </div>
  );
}
