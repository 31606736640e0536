import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ResourcesPanel } from './resources-panel';
import { SuggestionsPanel } from './suggestions-panel';

/** Resources and competences, and matching: suggested partners first, then what the members offer and need. */
export function MatchingView({ allianceId, viewer }: { allianceId: string; viewer: { role: string; membershipId: string } }) {
  const { t } = useTranslation();
  if (viewer.role !== 'BACKBONE' && viewer.role !== 'PARTNER') {
    return (
      <EmptyState icon="info" title={t('matching.closed.title')}>
        {t('matching.closed.text')}
      </EmptyState>
    );
  }
  return (
    <div className="matching">
      <SuggestionsPanel allianceId={allianceId} />
      <ResourcesPanel allianceId={allianceId} membershipId={viewer.membershipId} />
    </div>
  );
}
