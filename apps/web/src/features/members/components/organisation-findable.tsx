import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { useErrorMessage } from '@/lib/errors';
import { useMyOrganisations, useSetOrganisationFindable } from '../api/my-organisations';

/**
 * Whether other alliances' backbones may find the user's organisation by name to invite it.
 * Off by default; only the organisation's admins see the switch.
 */
export function OrganisationFindable() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const organisations = useMyOrganisations();
  const set = useSetOrganisationFindable();
  const administered = organisations.data?.filter((o) => o.canAdminister) ?? [];
  if (!administered.length) return null;

  return (
    <section className="stack" aria-labelledby="organisation-findable-title">
      <h2 id="organisation-findable-title">{t('members.identity.findableTitle')}</h2>
      {set.isError ? (
        <Alert tone="error" title={t('members.identity.findableFailed')}>
          {describe(set.error)}
        </Alert>
      ) : null}
      {administered.map((o) => (
        <label key={o.id} className="checkbox checkbox--described">
          <input
            type="checkbox"
            checked={o.findable}
            disabled={set.isPending}
            onChange={(e) => set.mutate({ organisationId: o.id, findable: e.target.checked })}
          />
          <span>
            {t('members.identity.findable', { organisation: o.name })}
            <span className="checkbox__hint"> {t('members.identity.findableHint')}</span>
          </span>
        </label>
      ))}
    </section>
  );
}
