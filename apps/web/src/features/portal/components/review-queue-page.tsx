import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useDecide, useReviewQueue, type QueueItem } from '../api/review';
import { diffText } from '../utils/diff-text';

/** The editors' queue: each new entry or change as a diff, approved or returned with a reason. */
export function ReviewQueuePage({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queue = useReviewQueue(allianceId);
  return (
    <div className="page">
      <PageHeader eyebrow={t('portal.eyebrow')} title={t('portal.queue.title')} description={t('portal.queue.description')} />
      {queue.isPending ? <LoadingState /> : queue.isError ? <Alert tone="error">{describe(queue.error)}</Alert> : null}
      {queue.data?.portalReviewQueue.length === 0 ? <p>{t('portal.queue.empty')}</p> : null}
      <ul className="card-list">
        {queue.data?.portalReviewQueue.map((item) => (
          <QueueCard key={item.id} allianceId={allianceId} item={item} districts={queue.data.portalDistricts} />
        ))}
      </ul>
    </div>
  );
}

function QueueCard({ allianceId, item, districts }: { allianceId: string; item: QueueItem; districts: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const show = (field: string, value: string) => diffText(field, value, districts, t);
  const fmt = useFormat();
  const describe = useErrorMessage();
  const decide = useDecide(allianceId);
  const [reason, setReason] = useState('');
  const isNew = item.baseContent === null;
  return (
    <li className="card stack">
      <h2 className="card__title">{item.content.title}</h2>
      <p>
        {t(isNew ? 'portal.queue.new' : 'portal.queue.change', {
          provider: item.providerName,
          date: fmt.date(item.submittedAt),
        })}
      </p>
      <ScrollRegion className="table-wrap" label={t('portal.queue.diffCaption', { title: item.content.title })}>
        <table className="table portal-diff">
          <caption>{t('portal.queue.diffCaption', { title: item.content.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('portal.queue.field')}</th>
              {isNew ? null : <th scope="col">{t('portal.queue.before')}</th>}
              <th scope="col">{isNew ? t('portal.queue.value') : t('portal.queue.after')}</th>
            </tr>
          </thead>
          <tbody>
            {item.changes.map((c) => (
              <tr key={c.field}>
                <th scope="row">{t(`portal.fields.${c.field}`, { defaultValue: c.field })}</th>
                {isNew ? null : <td>{c.before == null ? '–' : <del>{show(c.field, c.before)}</del>}</td>}
                <td>{c.after == null ? '–' : isNew ? show(c.field, c.after) : <ins>{show(c.field, c.after)}</ins>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {decide.isError ? <Alert tone="error">{describe(decide.error)}</Alert> : null}
      <TextAreaField
        label={t('portal.queue.reason')}
        hint={t('portal.queue.reasonHint')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        rows={2}
        optional
      />
      <div className="button-row">
        <Button variant="primary" loading={decide.isPending} onClick={() => decide.mutate({ revisionId: item.id, version: item.version })}>
          {t('portal.queue.approve')}
        </Button>
        <Button loading={decide.isPending} onClick={() => decide.mutate({ revisionId: item.id, version: item.version, reason })}>
          {t('portal.queue.return')}
        </Button>
      </div>
    </li>
  );
}
