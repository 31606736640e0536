import { Navigate, useParams } from 'react-router';
import { OfferPage } from '@/features/portal-public/components/offer-page';
import { OfferSearchPage } from '@/features/portal-public/components/offer-search-page';
import { PortalFrame } from '@/features/portal-public/components/portal-frame';
import { FeedbackSection } from '@/features/participation/components/feedback-section';
import { ProviderSignup } from '@/features/portal-public/components/provider-signup';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** /portal/:slug – the public Chancenportal's search (no login). */
export function PortalRoute() {
  const { slug = '' } = useParams();
  // /portal/<alliance id> is a provider's "Meine Angebote" (older links); this route would take it for a portal's address.
  if (UUID.test(slug)) return <Navigate to={`/portal/${slug}/offers`} replace />;
  return (
    <PortalFrame slug={slug}>
      {(portal) => (
        <>
          <title>{portal.name}</title>
          <h1 className="visually-hidden">{portal.name}</h1>
          <OfferSearchPage portal={portal} />
        </>
      )}
    </PortalFrame>
  );
}

/** /portal/:slug/angebote/:offerId – one published offer, with the experiences people shared about it (issue 16). */
export function PortalOfferRoute() {
  const { slug = '', offerId = '' } = useParams();
  return (
    <PortalFrame slug={slug}>
      {(portal) => (
        <OfferPage portal={portal} offerId={offerId}>
          <FeedbackSection slug={portal.slug} offerId={offerId} />
        </OfferPage>
      )}
    </PortalFrame>
  );
}

/** /portal/:slug/embed – the compact search for a municipality's website (the only portal page that may be framed). */
export function PortalEmbedRoute() {
  const { slug = '' } = useParams();
  return (
    <PortalFrame slug={slug} compact>
      {(portal) => (
        <>
          <title>{portal.name}</title>
          <h1 className="visually-hidden">{portal.name}</h1>
          <OfferSearchPage portal={portal} compact />
        </>
      )}
    </PortalFrame>
  );
}

/** /portal/:slug/anbieter – an organisation signs up to enter its offers. */
export function PortalSignupRoute() {
  const { slug = '' } = useParams();
  return (
    <PortalFrame slug={slug}>
      {(portal) => (
        <>
          <title>{portal.name}</title>
          <ProviderSignup portal={portal} />
        </>
      )}
    </PortalFrame>
  );
}
