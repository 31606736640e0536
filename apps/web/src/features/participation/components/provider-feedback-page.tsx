import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useOfferFeedback, type ParticipationItem } from '../api/workspace';
import { FeedbackAnswerForm } from './feedback-answer-form';
import { ItemSummary } from './item-summary';
import '../participation-workspace.css';

function FeedbackCard({ allianceId, item }: { allianceId: string; item: ParticipationItem }) {
  const { t } = useTranslation();
  return (
    <li className="card card--padded stack participation-ws__card">
      <ItemSummary allianceId={allianceId} item={item} moderation={false} />
      <p className="participation-ws__badges">
        {item.publicAnswer ? (
          <Badge tone="success">{t('participation.provider.answered')}</Badge>
        ) : (
          <Badge tone="warning">{t('participation.provider.open')}</Badge>
        )}
        {item.changedText ? <Badge tone="info">{t('participation.provider.changed')}</Badge> : null}
      </p>
      <blockquote className="participation-ws__text">{item.text}</blockquote>
      {/* Prefilled with the published answer and change: publishing again edits them. */}
      <FeedbackAnswerForm allianceId={allianceId} item={item} />
    </li>
  );
}

/**
 * A provider's (or member's) feedback on its own offers (issue 16: "the provider answers in
 * public"): approved experiences only, unanswered first; the public answer and "hat etwas
 * verändert" with what changed, written and edited here.
 */
export function ProviderFeedbackPage({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const feedback = useOfferFeedback(allianceId);
  const items = feedback.data ?? [];
  const open = items.filter((i) => !i.publicAnswer).length;
  return (
    <div className="page">
      <PageHeader eyebrow={t('participation.ws.eyebrow')} title={t('participation.provider.title')} description={t('participation.provider.description')} />
      {feedback.isPending ? (
        <LoadingState />
      ) : feedback.isError ? (
        <Alert
          tone="error"
          actions={
            <Button size="sm" onClick={() => void feedback.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {describe(feedback.error)}
        </Alert>
      ) : items.length === 0 ? (
        <p>{t('participation.provider.empty')}</p>
      ) : (
        <>
          <p role="status">{t('participation.provider.count', { count: items.length, open })}</p>
          <ul className="participation-ws__list" aria-label={t('participation.provider.list')}>
            {items.map((item) => (
              <FeedbackCard key={item.id} allianceId={allianceId} item={item} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
