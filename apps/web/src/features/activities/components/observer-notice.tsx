import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

/** Observers are refused member-level detail by the API; they get the reason and a way on, not an error. */
export function ObserverNotice({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon="info"
      title={t('activities.observer.title')}
      actions={
        <>
          <ButtonLink to={`/a/${allianceId}/agenda`}>{t('activities.observer.toAgenda')}</ButtonLink>
          <ButtonLink to={`/a/${allianceId}/indicators`}>{t('activities.observer.toIndicators')}</ButtonLink>
        </>
      }
    >
      <p>{t('activities.observer.text')}</p>
    </EmptyState>
  );
}
