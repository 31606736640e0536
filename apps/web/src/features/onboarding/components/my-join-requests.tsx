import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { useFormat } from '@/lib/i18n';
import { useMyJoinRequests } from '../api/join-directory';

/** The caller's organisations' join requests and how they were decided. Nothing when there are none. */
export function MyJoinRequests() {
  const { t } = useTranslation();
  const format = useFormat();
  const requests = useMyJoinRequests();
  if (!requests.data?.length) return null;
  return (
    <section className="section" aria-labelledby="my-join-requests">
      <h2 id="my-join-requests" className="section__title">
        {t('onboarding.join.mine')}
      </h2>
      <ul className="plain-list stack">
        {requests.data.map((r) => (
          <li key={r.id} className="card card--padded">
            <p className="card__title">
              {r.allianceName}{' '}
              <Badge tone={r.state === 'ACCEPTED' ? 'success' : r.state === 'DECLINED' ? 'danger' : 'neutral'}>{t(`onboarding.join.state.${r.state}`)}</Badge>
            </p>
            <p className="card__description">
              {r.organisation.name} · {format.date(r.createdAt)}
            </p>
            {r.declineReason ? <p>{t('onboarding.join.reason', { reason: r.declineReason })}</p> : null}
            {r.state === 'ACCEPTED' ? <ButtonLink to={`/a/${r.allianceId}`}>{t('onboarding.join.open')}</ButtonLink> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
