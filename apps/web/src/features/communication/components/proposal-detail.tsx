import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { useProposal } from '../api/get-proposal';
import { logPath } from '../utils/paths';
import { canWrite, type LogViewer } from '../utils/viewer';
import { DetailFailed, DetailLoading } from './detail-fallback';
import { OutcomeBadge, ProposalStateBadge } from './proposal-badges';
import { VoteForm } from './vote-form';
import { VoteResults } from './vote-results';
import { ProposalActions } from './proposal-actions';
import { ProposalSnapshot } from './proposal-snapshot';
import { ProposalVotesTable } from './proposal-votes-table';

/** One proposal: its text, the tally with bars, each organisation's vote, voting and the backbone's decision. */
export function ProposalDetail({ allianceId, proposalId, viewer }: { allianceId: string; proposalId: string; viewer: LogViewer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const proposal = useProposal(allianceId, proposalId);

  const back = (
    <Link to={logPath(allianceId, 'proposals')} className="back-link">
      {t('communication.proposals.back')}
    </Link>
  );
  if (proposal.isPending) return <DetailLoading back={back} label={t('communication.proposals.loadingOne')} />;
  if (proposal.isError) {
    const missing = isApiError(proposal.error, 'NOT_FOUND') || isApiError(proposal.error, 'VALIDATION_FAILED') || isApiError(proposal.error, 'FORBIDDEN');
    return (
      <DetailFailed
        back={back}
        error={proposal.error}
        missing={missing}
        title={missing ? t('communication.proposals.notFound') : t('communication.proposals.loadFailed')}
      />
    );
  }

  const p = proposal.data;
  return (
    <div className="page page--narrow log-detail">
      {back}
      <PageHeader
        eyebrow={
          <span className="log-detail__eyebrow">
            {t('communication.proposals.eyebrow')} <ProposalStateBadge state={p.state} votingOpen={p.votingOpen} />
            {p.outcome ? <OutcomeBadge outcome={p.outcome} /> : null}
          </span>
        }
        title={p.title}
      />
      <section className="card log-facts" aria-label={t('communication.proposals.about')}>
        <dl className="log-facts__list">
          <div>
            <dt>{t('communication.proposals.proposedByLabel')}</dt>
            <dd>
              {p.createdByMember.organisation.name}
              {p.createdBy ? ` · ${p.createdBy.name}` : ''} · {format.date(p.createdAt)}
            </dd>
          </div>
          <div>
            <dt>{p.votingOpen ? t('communication.proposals.closesLabel') : t('communication.proposals.closedLabel')}</dt>
            <dd>{format.dateTime(p.closesAt)}</dd>
          </div>
          {p.decidedAt ? (
            <div>
              <dt>{t('communication.proposals.decidedLabel')}</dt>
              <dd>{format.dateTime(p.decidedAt)}</dd>
            </div>
          ) : null}
          {p.indicator ? (
            <div>
              <dt>{t('communication.proposals.indicatorLabel')}</dt>
              <dd>{p.indicator.name}</dd>
            </div>
          ) : null}
        </dl>
        {p.body ? <p className="prose">{p.body}</p> : null}
        {p.decisionLogEntryId ? (
          <div>
            <ButtonLink to={logPath(allianceId, p.decisionLogEntryId)} size="sm" icon="arrowRight">
              {t('communication.proposals.toDecision')}
            </ButtonLink>
          </div>
        ) : null}
      </section>
      <section className="card log-section" aria-labelledby="results-title">
        <h2 id="results-title" className="section__title">
          {t('communication.proposals.results')}
        </h2>
        <VoteResults tally={p.tally} caption={t('communication.proposals.resultsCaption', { title: p.title })} />
        <ProposalVotesTable votes={p.votes} />
      </section>
      {p.indicatorSnapshot ? <ProposalSnapshot snapshot={p.indicatorSnapshot} /> : null}
      {p.votingOpen && canWrite(viewer) ? <VoteForm allianceId={allianceId} proposal={p} /> : null}
      {p.state === 'OPEN' && !canWrite(viewer) ? <p className="muted">{t('communication.proposals.noVoteRole')}</p> : null}
      <ProposalActions allianceId={allianceId} proposal={p} viewer={viewer} reload={() => void proposal.refetch()} />
    </div>
  );
}
