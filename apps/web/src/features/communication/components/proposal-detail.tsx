import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { useConflictState } from '@/components/ui/use-conflict-state';
import { PageHeader } from '@/components/ui/page-header';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { useCloseProposal } from '../api/close-proposal';
import { proposalQueryOptions, useProposal, type ProposalDetail as Detail } from '../api/get-proposal';
import { useWithdrawProposal } from '../api/withdraw-proposal';
import { logPath } from '../utils/paths';
import { canCloseProposal, canWithdrawProposal, canWrite, type LogViewer } from '../utils/viewer';
import { DetailFailed, DetailLoading } from './detail-fallback';
import { OutcomeBadge, ProposalStateBadge } from './proposal-badges';
import { VoteForm } from './vote-form';
import { VoteResults } from './vote-results';

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
    return <DetailFailed back={back} error={proposal.error} missing={missing} title={missing ? t('communication.proposals.notFound') : t('communication.proposals.loadFailed')} />;
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
        {p.votes.length ? (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('communication.proposals.votesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('communication.proposals.organisation')}</th>
                  <th scope="col">{t('communication.proposals.vote')}</th>
                  <th scope="col">{t('communication.proposals.comment')}</th>
                  <th scope="col" className="table__optional">
                    {t('communication.proposals.votedAt')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.votes.map((v) => (
                  <tr key={v.member.membershipId}>
                    <th scope="row" className="table__primary">
                      {v.member.organisation.name}
                      {v.votedBy ? <span className="table__secondary">{v.votedBy.name}</span> : null}
                    </th>
                    <td>{t(`communication.votes.${v.vote}`)}</td>
                    <td>{v.comment || '–'}</td>
                    <td className="table__optional">{format.date(v.votedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('communication.proposals.noVotes')}</p>
        )}
      </section>
      {p.indicatorSnapshot ? <Snapshot snapshot={p.indicatorSnapshot} /> : null}
      {p.votingOpen && canWrite(viewer) ? <VoteForm allianceId={allianceId} proposal={p} /> : null}
      {p.state === 'OPEN' && !canWrite(viewer) ? <p className="muted">{t('communication.proposals.noVoteRole')}</p> : null}
      <ProposalActions allianceId={allianceId} proposal={p} viewer={viewer} reload={() => void proposal.refetch()} />
    </div>
  );
}

function Snapshot({ snapshot }: { snapshot: NonNullable<Detail['indicatorSnapshot']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card log-section" aria-labelledby="snapshot-title">
      <h2 id="snapshot-title" className="section__title">
        {t('communication.proposals.snapshot', { name: snapshot.name })}
      </h2>
      <p className="muted">{t('communication.proposals.snapshotText', { date: format.dateTime(snapshot.takenAt) })}</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('communication.proposals.snapshot', { name: snapshot.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('communication.proposals.period')}</th>
              <th scope="col" className="table__numeric">
                {t('communication.proposals.value', { unit: snapshot.unit })}
              </th>
              <th scope="col" className="table__numeric">
                {t('communication.proposals.reports')}
              </th>
            </tr>
          </thead>
          <tbody>
            {snapshot.periods.map((period, i) => (
              <tr key={period}>
                <th scope="row">{period}</th>
                <td className="table__numeric">{format.number(snapshot.values[i])}</td>
                <td className="table__numeric">{format.number(snapshot.reportCounts[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ProposalActions({ allianceId, proposal: p, viewer, reload }: { allianceId: string; proposal: Detail; viewer: LogViewer; reload: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const close = useCloseProposal(allianceId);
  const withdraw = useWithdrawProposal(allianceId);
  const [confirm, setConfirm] = useState<'close' | 'withdraw' | null>(null);
  const conflict = useConflictState<Detail, 'close' | 'withdraw'>();
  const mayClose = p.state === 'OPEN' && canCloseProposal(viewer);
  const mayWithdraw = p.state === 'OPEN' && p.votingOpen && canWithdrawProposal(viewer, p.createdByMember.membershipId);

  const send = (action: 'close' | 'withdraw', version: number) =>
    (action === 'close' ? close : withdraw).mutate(
      { proposalId: p.id, version },
      {
        onSuccess: () => setConfirm(null),
        onError: (error) => {
          setConfirm(null);
          if (isApiError(error, 'CONFLICT')) void conflict.show(proposalQueryOptions(allianceId, p.id), (stored) => stored, action);
        },
      },
    );
  // Rendered even when the newer state leaves nothing to decide, so it can say so.
  const conflictDialog = (
    <ConflictDialog
      {...conflict.dialog({
        describe: (stored) =>
          [t(`communication.proposals.states.${stored.state === 'OPEN' && !stored.votingOpen ? 'AWAITING' : stored.state}`), stored.outcome ? t(`communication.proposals.outcomes.${stored.outcome}`) : null]
            .filter(Boolean)
            .join(', '),
        reload,
        // Still open (and, to withdraw, still taking votes): otherwise it was decided or withdrawn meanwhile.
        canReapply: (stored, action) => stored.state === 'OPEN' && (action === 'close' || stored.votingOpen),
        reapply: (stored, action) => send(action, stored.version),
      })}
    />
  );
  if (!mayClose && !mayWithdraw) return conflictDialog;

  const failed = [close, withdraw].find((m) => m.isError && !isApiError(m.error, 'CONFLICT'));
  const run = () => confirm && send(confirm, p.version);

  return (
    <section className="card log-section" aria-labelledby="decide-title">
      <h2 id="decide-title" className="section__title">
        {t('communication.proposals.decideHeading')}
      </h2>
      {failed ? (
        <Alert tone="error" title={t('communication.proposals.actionFailed')}>
          {describe(failed.error)}
        </Alert>
      ) : null}
      <div className="form__actions form__actions--start">
        {mayClose ? (
          <Button variant="primary" onClick={() => setConfirm('close')}>
            {t('communication.proposals.close')}
          </Button>
        ) : null}
        {mayWithdraw ? (
          <Button variant="danger" onClick={() => setConfirm('withdraw')}>
            {t('communication.proposals.withdraw')}
          </Button>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm === 'withdraw' ? t('communication.proposals.withdrawTitle') : t('communication.proposals.closeTitle')}
        description={confirm === 'withdraw' ? t('communication.proposals.withdrawText') : t('communication.proposals.closeText', { count: p.tally.total })}
        confirmLabel={confirm === 'withdraw' ? t('communication.proposals.withdrawConfirm') : t('communication.proposals.closeConfirm')}
        confirmVariant={confirm === 'withdraw' ? 'danger' : 'primary'}
        pending={close.isPending || withdraw.isPending}
        onConfirm={run}
      />
      {conflictDialog}
    </section>
  );
}
