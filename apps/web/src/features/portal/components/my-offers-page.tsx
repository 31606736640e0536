import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useFormat } from '@/lib/i18n';
import { useErrorMessage } from '@/lib/errors';
import { useConfirmOffer, useCreateOffer, useMyOffers, useUpdateOffer, type MyOffer } from '../api/offers';
import { OfferForm } from './offer-form';

const TONE = { IN_REVIEW: 'info', RETURNED: 'warning', PUBLISHED: 'success', ARCHIVED: 'neutral' } as const;

/**
 * "Meine Angebote": a provider's offers, their state in the editorial queue, and the form.
 * `confirmOfferId`: opened from the reminder mail's link, which confirms that offer in one click.
 */
export function MyOffersPage({ allianceId, confirmOfferId }: { allianceId: string; confirmOfferId?: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const describe = useErrorMessage();
  const data = useMyOffers(allianceId);
  const create = useCreateOffer(allianceId);
  const update = useUpdateOffer(allianceId);
  const confirm = useConfirmOffer(allianceId);
  const [editing, setEditing] = useState<MyOffer | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const confirmed = useRef(false);
  const toConfirm = confirmOfferId ? data.data?.myPortalOffers.find((o) => o.id === confirmOfferId && o.status === 'PUBLISHED') : undefined;
  useEffect(() => {
    if (!toConfirm || confirmed.current) return;
    confirmed.current = true;
    void confirm
      .mutateAsync({ offerId: toConfirm.id, version: toConfirm.version })
      .then(() => setDone(t('portal.mine.confirmedNow', { title: toConfirm.content.title })));
  }, [toConfirm, confirm, t]);

  if (data.isPending) return <LoadingState />;
  if (data.isError) return <Alert tone="error">{describe(data.error)}</Alert>;
  const { myPortalOffers: offers, portalDistricts: districts, portalSettings } = data.data;

  if (editing)
    return (
      <div className="page page--narrow">
        <PageHeader eyebrow={portalSettings.name} title={editing === 'new' ? t('portal.mine.newTitle') : t('portal.mine.editTitle')} />
        <OfferForm
          allianceId={allianceId}
          offer={editing === 'new' ? undefined : editing}
          districts={districts}
          busy={create.isPending || update.isPending}
          onCancel={() => setEditing(null)}
          onSubmit={async (content) => {
            if (editing === 'new') await create.mutateAsync(content);
            else await update.mutateAsync({ offerId: editing.id, version: editing.version, content });
            setEditing(null);
            setDone(t('portal.mine.submitted'));
          }}
        />
      </div>
    );

  return (
    <div className="page">
      <PageHeader
        eyebrow={portalSettings.name}
        title={t('portal.mine.title')}
        description={t('portal.mine.description')}
        actions={
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('portal.mine.new')}
          </Button>
        }
      />
      {done ? <Alert tone="success">{done}</Alert> : null}
      {confirm.isError ? <Alert tone="error">{describe(confirm.error)}</Alert> : null}
      {offers.length === 0 ? <p>{t('portal.mine.empty')}</p> : null}
      <ul className="card-list">
        {offers.map((o) => (
          <li key={o.id} className="card stack">
            <h2 className="card__title">{o.content.title}</h2>
            <p>
              <Badge tone={TONE[o.status]}>{t(`portal.status.${o.status}`)}</Badge>{' '}
              {o.openRevision?.state === 'PENDING' && o.status === 'PUBLISHED' ? <Badge tone="info">{t('portal.mine.changeWaiting')}</Badge> : null}{' '}
              {o.freshness && o.freshness !== 'FRESH' ? <Badge tone="warning">{t(`portal.freshness.${o.freshness}`)}</Badge> : null}
            </p>
            {o.confirmedAt ? <p>{t('portal.mine.confirmedAt', { date: fmt.date(o.confirmedAt) })}</p> : null}
            {o.openRevision?.state === 'RETURNED' ? (
              <Alert tone="warning">{t('portal.mine.returned', { reason: o.openRevision.returnReason ?? '' })}</Alert>
            ) : null}
            <div className="button-row">
              <Button onClick={() => setEditing(o)}>{o.openRevision?.state === 'RETURNED' ? t('portal.mine.fix') : t('portal.mine.edit')}</Button>
              {o.status === 'PUBLISHED' ? (
                <Button
                  loading={confirm.isPending}
                  onClick={() =>
                    void confirm
                      .mutateAsync({ offerId: o.id, version: o.version })
                      .then(() => setDone(t('portal.mine.confirmedNow', { title: o.content.title })))
                  }
                >
                  {t('portal.mine.confirm')}
                </Button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
