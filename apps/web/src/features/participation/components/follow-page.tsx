import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { LoadingState } from '@/components/ui/spinner';
import { useFollow } from '../api/participation-api';
import { EasyLanguageSwitch, useParticipationText } from './easy-language';
import { StatusBadge } from './status-badge';
import { StatusHistory } from './status-history';
import '../participation.css';

/** The reporter's own view by the token from the confirmation: the status also before moderation. */
export function FollowPage({ slug, token }: { slug: string; token: string }) {
  const { tx } = useParticipationText();
  const follow = useFollow(slug, token);
  return (
    <div className="participation-follow">
      <title>{tx('follow.title')}</title>
      <div className="participation-form__head">
        <h1>{tx('follow.title')}</h1>
        <EasyLanguageSwitch />
      </div>
      {follow.isPending ? <LoadingState /> : null}
      {follow.isError ? <Alert tone="warning">{tx('follow.notFound')}</Alert> : null}
      {follow.data ? (
        <>
          <p>
            {tx(`follow.kind.${follow.data.kind}`)}:{' '}
            {follow.data.kind === 'FEEDBACK' ? (
              <strong>{tx(`follow.feedbackStatus.${follow.data.status}`)}</strong>
            ) : (
              <StatusBadge status={follow.data.status} />
            )}
          </p>
          <p>{follow.data.published ? tx('follow.published') : tx('follow.notPublished')}</p>
          {follow.data.statusReason ? <p>{tx('detail.reason', { reason: follow.data.statusReason })}</p> : null}
          {follow.data.published && follow.data.kind === 'REPORT' ? (
            <p>
              <Link to={`/portal/${slug}/meldungen/${follow.data.id}`}>{tx('follow.openPublic')}</Link>
            </p>
          ) : null}
          {follow.data.published && follow.data.kind === 'FEEDBACK' && follow.data.offerId ? (
            <p>
              <Link to={`/portal/${slug}/angebote/${follow.data.offerId}`}>{tx('follow.openOffer')}</Link>
            </p>
          ) : null}
          {follow.data.kind === 'REPORT' ? (
            <>
              <h2>{tx('detail.history')}</h2>
              <StatusHistory history={follow.data.history} />
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
