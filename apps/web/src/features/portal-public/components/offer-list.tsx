import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicOffer } from '../api/portal-api';
import { ageRange } from '../utils/search-params';

/** The hits as a list of cards: each a heading with a link, what, for whom, where, the cost. */
export function OfferList({ slug, offers, newTab = false }: { slug: string; offers: PublicOffer[]; newTab?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="portal-results" aria-label={t('portal-public.view.list')}>
      {offers.map((o) => {
        const ages = ageRange(o.ageMin, o.ageMax, t);
        return (
          <li key={o.id} className="portal-card">
            <h3 className="portal-card__title">
              <Link to={`/portal/${slug}/angebote/${o.id}`} target={newTab ? '_blank' : undefined}>
                {o.title}
              </Link>
            </h3>
            <p className="portal-card__provider">{t('portal-public.by', { provider: o.providerName })}</p>
            {o.summary ? <p className="portal-card__summary">{o.summary}</p> : null}
            <ul className="portal-card__facts">
              {o.district ? <li>{o.district.name}</li> : null}
              {ages ? <li>{ages}</li> : null}
              <li>{o.isFree ? t('portal-public.free') : t('portal-public.paid')}</li>
              {o.categories.slice(0, 2).map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
