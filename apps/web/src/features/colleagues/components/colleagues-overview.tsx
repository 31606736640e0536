import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useAdministeredOrganisations } from '../api/organisation-colleagues';
import { ColleaguesPanel } from './colleagues-panel';

/** Every organisation the person administers, each with its people. */
export function ColleaguesOverview() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const organisations = useAdministeredOrganisations();
  if (organisations.isPending) return <LoadingState />;
  if (organisations.isError) return <Alert tone="error">{describe(organisations.error)}</Alert>;
  if (!organisations.data.length) {
    return (
      <EmptyState icon="building" title={t('colleagues.noneTitle')}>
        {t('colleagues.noneText')}
      </EmptyState>
    );
  }
  return (
    <div className="stack">
      <p>{t('colleagues.intro')}</p>
      {organisations.data.map((o) => (
        <ColleaguesPanel key={o.id} organisationId={o.id} />
      ))}
    </div>
  );
}
