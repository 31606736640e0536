import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useParticipationQueue, type ParticipationItem } from '../api/workspace';
import { FeedbackAnswerForm } from './feedback-answer-form';
import { ForwardForm, MergeForm } from './forward-form';
import { ItemSummary } from './item-summary';
import { ModerationCard } from './moderation-card';
import { ParticipationTabs } from './participation-tabs';
import '../participation-workspace.css';

/** Nothing is public before this queue: pending reports and feedback, abuse-reported first. */
export function ModerationQueuePage({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queue = useParticipationQueue(allianceId, 'PENDING');
  return (
    <div className="page">
      <PageHeader eyebrow={t('participation.ws.eyebrow')} title={t('participation.ws.queue.title')} description={t('participation.ws.queue.description')} />
      <ParticipationTabs allianceId={allianceId} moderator />
      {queue.isPending ? <LoadingState /> : queue.isError ? <Alert tone="error">{describe(queue.error)}</Alert> : null}
      {queue.data?.length === 0 ? <p>{t('participation.ws.queue.empty')}</p> : null}
      <ul className="participation-ws__list">
        {queue.data?.map((item) => (
          <ModerationCard key={`${item.id}-${item.version}`} allianceId={allianceId} item={item} />
        ))}
      </ul>
    </div>
  );
}

function ApprovedCard({ allianceId, item, reports }: { allianceId: string; item: ParticipationItem; reports: ParticipationItem[] }) {
  const { t } = useTranslation();
  const forwardable = item.kind === 'REPORT' && !item.forwardedMembershipId && item.status !== 'RESOLVED' && item.status !== 'DECLINED';
  return (
    <li className="card card--padded stack participation-ws__card">
      <ItemSummary allianceId={allianceId} item={item} />
      <p className="participation-ws__text">{item.text}</p>
      {item.forwardedOrganisationName ? <p>{t('participation.ws.forwardedTo', { organisation: item.forwardedOrganisationName })}</p> : null}
      {item.publicAnswer && item.kind === 'REPORT' ? (
        <p>
          <strong>{t('participation.detail.answer')}:</strong> {item.publicAnswer}
        </p>
      ) : null}
      {forwardable ? <ForwardForm allianceId={allianceId} item={item} /> : null}
      {forwardable ? <MergeForm allianceId={allianceId} item={item} others={reports.filter((r) => r.id !== item.id)} /> : null}
      {item.kind === 'FEEDBACK' ? <FeedbackAnswerForm allianceId={allianceId} item={item} /> : null}
    </li>
  );
}

/** Approved items: reports to forward to a member or merge as duplicates, feedback to answer in public. */
export function ApprovedItemsPage({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const approved = useParticipationQueue(allianceId, 'APPROVED');
  const reports = (approved.data ?? []).filter((i) => i.kind === 'REPORT');
  return (
    <div className="page">
      <PageHeader
        eyebrow={t('participation.ws.eyebrow')}
        title={t('participation.ws.queue.approvedTitle')}
        description={t('participation.ws.queue.approvedDescription')}
      />
      <ParticipationTabs allianceId={allianceId} moderator />
      {approved.isPending ? <LoadingState /> : approved.isError ? <Alert tone="error">{describe(approved.error)}</Alert> : null}
      {approved.data?.length === 0 ? <p>{t('participation.ws.queue.approvedEmpty')}</p> : null}
      <ul className="participation-ws__list">
        {approved.data?.map((item) => (
          <ApprovedCard key={item.id} allianceId={allianceId} item={item} reports={reports} />
        ))}
      </ul>
    </div>
  );
}
