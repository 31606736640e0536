import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useFormat } from '@/lib/i18n';
import { useParticipationPhoto, type ParticipationItem } from '../api/workspace';

/**
 * What a report or feedback is about: its kind, category or offer, place, date, support and abuse
 * reports, the photo on demand. `moderation`: false on the provider's page (no "please review again").
 */
export function ItemSummary({ allianceId, item, moderation = true }: { allianceId: string; item: ParticipationItem; moderation?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [showPhoto, setShowPhoto] = useState(false);
  const photo = useParticipationPhoto(allianceId, item.id, showPhoto && item.hasPhoto);
  const place = [item.address, item.districtName].filter(Boolean).join(', ') || (item.lat !== null ? t('participation.ws.pinned') : null);
  return (
    <>
      <h2 className="card__title">
        {item.kind === 'REPORT' ? t(`participation.category.${item.category}`) : t('participation.ws.feedbackOn', { offer: item.offerTitle ?? '–' })}
      </h2>
      <dl className="participation-ws__facts">
        <dt>{t('participation.ws.received')}</dt>
        <dd>{f.date(item.createdAt)}</dd>
        {place ? (
          <>
            <dt>{t('participation.detail.place')}</dt>
            <dd>{place}</dd>
          </>
        ) : null}
        {item.targetGroup ? (
          <>
            <dt>{t('participation.report.targetGroup')}</dt>
            <dd>{item.targetGroup}</dd>
          </>
        ) : null}
        {item.rating ? (
          <>
            <dt>{t('participation.feedback.rating')}</dt>
            <dd>{t('participation.feedback.stars', { count: item.rating })}</dd>
          </>
        ) : null}
        {item.kind === 'REPORT' ? (
          <>
            <dt>{t('participation.ws.support')}</dt>
            <dd>{f.number(item.supportCount)}</dd>
          </>
        ) : null}
        {item.status ? (
          <>
            <dt>{t('participation.list.status')}</dt>
            <dd>{t(`participation.status.${item.status}`)}</dd>
          </>
        ) : null}
        <dt>{t('participation.ws.contact')}</dt>
        <dd>{item.hasEmail ? t('participation.ws.hasEmail') : t('participation.ws.noEmail')}</dd>
      </dl>
      {moderation && item.abuseReports > 0 ? <p className="participation-ws__abuse">{t('participation.ws.abuse', { count: item.abuseReports })}</p> : null}
      {item.hasPhoto ? (
        showPhoto && photo.data ? (
          <img className="participation-ws__photo" src={photo.data} alt={t('participation.detail.photoAlt')} />
        ) : (
          <Button size="sm" onClick={() => setShowPhoto(true)} loading={photo.isFetching}>
            {t('participation.ws.showPhoto')}
          </Button>
        )
      ) : null}
    </>
  );
}
