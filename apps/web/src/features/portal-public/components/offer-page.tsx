import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LoadingState } from '@/components/ui/spinner';
import { useFormat } from '@/lib/i18n';
import { calendarUrl, useOffer, type PublicOfferDetail, type PublicPortal } from '../api/portal-api';
import { ageRange } from '../utils/search-params';
import { ContactForm } from './contact-form';

function When({ offer }: { offer: PublicOfferDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const time = (from?: string, to?: string) => [from, to].filter(Boolean).join('–');
  if (offer.scheduleKind === 'DATES')
    return (
      <ul>
        {offer.schedule.map((d, i) => (
          <li key={i}>{[f.date(d.date ?? null), time(d.from, d.to)].filter(Boolean).join(', ')}</li>
        ))}
      </ul>
    );
  if (offer.scheduleKind === 'WEEKLY')
    return (
      <ul>
        {offer.schedule.map((d, i) => (
          <li key={i}>{[t(`portal-public.detail.weekday.${d.weekday}`), time(d.from, d.to)].filter(Boolean).join(', ')}</li>
        ))}
      </ul>
    );
  if (offer.scheduleKind === 'PERIOD') return <p>{t('portal-public.detail.period', { from: f.date(offer.startDate), to: f.date(offer.endDate) })}</p>;
  return <p>{t('portal-public.detail.ongoing')}</p>;
}

function Share({ slug, offer }: { slug: string; offer: PublicOfferDetail }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}/portal/${slug}/angebote/${offer.id}`;
  return (
    <section className="portal-share" aria-labelledby="portal-share-title">
      <h2 id="portal-share-title">{t('portal-public.share.title')}</h2>
      <div className="portal-share__actions">
        <Button
          icon="link"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          {t('portal-public.share.copy')}
        </Button>
        {offer.dated ? (
          <a className="button button--secondary" href={calendarUrl(slug, offer.id)} download>
            {t('portal-public.share.calendar')}
          </a>
        ) : null}
      </div>
      <p className="portal-share__status" role="status">
        {copied ? t('portal-public.share.copied') : ''}
      </p>
    </section>
  );
}

/**
 * One published offer: everything a visitor needs, the share link, a calendar file for dated offers and the contact form.
 * `children` follow the offer (the route adds the experiences people shared about it).
 */
export function OfferPage({ portal, offerId, children }: { portal: PublicPortal; offerId: string; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const offer = useOffer(portal.slug, offerId);
  if (offer.isPending) return <LoadingState />;
  if (offer.isError) return <Alert tone="warning">{t('portal-public.notFound')}</Alert>;
  const o = offer.data;
  const ages = ageRange(o.ageMin, o.ageMax, t);
  const language = (code: string) => {
    try {
      return new Intl.DisplayNames([i18n.language], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const access = [
    o.accessibility.stepFree && 'STEP_FREE',
    o.accessibility.signLanguage && 'SIGN_LANGUAGE',
    o.accessibility.easyLanguage && 'EASY_LANGUAGE',
  ].filter(Boolean) as string[];
  return (
    <article className="portal-offer">
      <title>{`${o.title} · ${portal.name}`}</title>
      <p>
        <Link to={`/portal/${portal.slug}`}>{t('portal-public.back')}</Link>
      </p>
      <h1 className="portal-offer__title">{o.title}</h1>
      <p className="portal-card__provider">{t('portal-public.by', { provider: o.providerName })}</p>
      {o.summary ? <p className="portal-offer__summary">{o.summary}</p> : null}
      <div className="portal-offer__grid">
        <div className="portal-offer__text">
          {o.description.split(/\n{2,}/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          <dl className="portal-offer__facts">
            <dt>{t('portal-public.detail.when')}</dt>
            <dd>
              <When offer={o} />
              {o.scheduleNote ? <p>{o.scheduleNote}</p> : null}
            </dd>
            <dt>{t('portal-public.detail.where')}</dt>
            <dd>{[o.street, [o.postalCode, o.city].filter(Boolean).join(' '), o.district?.name].filter(Boolean).join(', ') || '–'}</dd>
            <dt>{t('portal-public.detail.cost')}</dt>
            <dd>{[o.isFree ? t('portal-public.free') : t('portal-public.paid'), o.costNote].filter(Boolean).join(' – ')}</dd>
            <dt>{t('portal-public.detail.forWhom')}</dt>
            <dd>{[...o.targetGroups, ages].filter(Boolean).join(', ') || '–'}</dd>
            <dt>{t('portal-public.detail.languages')}</dt>
            <dd>{o.languages.map(language).join(', ')}</dd>
            {access.length ? (
              <>
                <dt>{t('portal-public.detail.access')}</dt>
                <dd>{access.map((a) => t(`portal-public.accessibility.${a}`)).join(', ')}</dd>
              </>
            ) : null}
            <dt>{t('portal-public.detail.registration')}</dt>
            <dd>
              {o.registrationRequired ? t('portal-public.detail.registrationRequired') : t('portal-public.detail.registrationFree')}
              {o.registrationNote ? ` – ${o.registrationNote}` : ''}
            </dd>
            <dt>{t('portal-public.detail.provider')}</dt>
            <dd>
              {o.provider.name}
              {o.provider.website && /^https?:\/\//.test(o.provider.website) ? (
                <>
                  {' – '}
                  <a href={o.provider.website} rel="noopener noreferrer">
                    {t('portal-public.detail.website')}
                  </a>
                </>
              ) : null}
            </dd>
          </dl>
          {o.confirmedAt ? <p className="portal-offer__confirmed">{t('portal-public.detail.confirmed', { date: f.date(o.confirmedAt) })}</p> : null}
          <Share slug={portal.slug} offer={o} />
        </div>
        <ContactForm slug={portal.slug} offerId={o.id} />
      </div>
      {children}
    </article>
  );
}
