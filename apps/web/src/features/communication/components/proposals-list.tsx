import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import type { ProposalState } from '@/gql/graphql';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { useProposals, type Proposal } from '../api/get-proposals';
import { logPath } from '../utils/paths';
import { canReadProposals, canWrite, type LogViewer } from '../utils/viewer';
import { voteResults } from '../utils/votes';
import { LoadMore } from './load-more';
import { LogSubnav } from './log-timeline';
import { NewProposalForm } from './new-proposal-form';
import { OutcomeBadge, ProposalStateBadge } from './proposal-badges';

const STATES: ProposalState[] = ['OPEN', 'DECIDED', 'WITHDRAWN'];

/** Proposals, newest first, with their state, outcome and tally; backbone and partners propose. */
export function ProposalsList({ allianceId, viewer }: { allianceId: string; viewer: LogViewer }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [state, setState] = useState<ProposalState | ''>('');
  const [creating, setCreating] = useState(false);
  const proposals = useProposals(allianceId, canReadProposals(viewer) ? state || null : null);

  const header = (
    <PageHeader
      eyebrow={t('communication.title')}
      title={t('communication.proposals.title')}
      description={t('communication.proposals.description')}
      actions={
        canWrite(viewer) ? (
          <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
            {t('communication.proposals.new')}
          </Button>
        ) : undefined
      }
    />
  );

  let body;
  if (!canReadProposals(viewer) || (proposals.isError && isApiError(proposals.error, 'FORBIDDEN')))
    body = <Alert tone="info">{t('communication.proposals.notForObservers')}</Alert>;
  else if (proposals.isPending) body = <LoadingState label={t('communication.proposals.loading')} />;
  else if (proposals.isError)
    body = (
      <Alert
        tone="error"
        title={t('communication.proposals.loadFailed')}
        actions={
          <Button size="sm" onClick={() => void proposals.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {describe(proposals.error)}
      </Alert>
    );
  else {
    const nodes = proposals.data.pages.flatMap((p) => p.nodes);
    body = (
      <>
        <p className="log-count" role="status">
          {t('communication.proposals.count', { count: proposals.data.pages[0]?.totalCount ?? 0 })}
        </p>
        {nodes.length === 0 ? (
          <EmptyState icon="review" title={t('communication.proposals.emptyTitle')}>
            {t('communication.proposals.emptyText')}
          </EmptyState>
        ) : (
          <ul className="proposal-cards">
            {nodes.map((p) => (
              <li key={p.id}>
                <ProposalCard allianceId={allianceId} proposal={p} />
              </li>
            ))}
          </ul>
        )}
        <LoadMore query={proposals} label={t('communication.proposals.loadMore')} />
      </>
    );
  }

  return (
    <div className="page log">
      {header}
      <LogSubnav allianceId={allianceId} viewer={viewer} />
      {canReadProposals(viewer) ? (
        <div className="proposal-filter">
          <SelectField
            label={t('communication.proposals.filterState')}
            required={false}
            value={state}
            onChange={(e) => setState(e.target.value as ProposalState | '')}
            options={[
              { value: '', label: t('communication.filters.all') },
              ...STATES.map((s) => ({ value: s, label: t(`communication.proposals.states.${s}`) })),
            ]}
          />
        </div>
      ) : null}
      <section className="section" aria-label={t('communication.proposals.title')}>
        {body}
      </section>
      <Dialog
        open={creating}
        onClose={() => setCreating(false)}
        title={t('communication.proposals.newTitle')}
        description={t('communication.proposals.newDescription')}
      >
        <NewProposalForm allianceId={allianceId} onDone={() => setCreating(false)} />
      </Dialog>
    </div>
  );
}

function ProposalCard({ allianceId, proposal: p }: { allianceId: string; proposal: Proposal }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = voteResults(p.tally)
    .map((r) => `${t(`communication.votes.${r.vote}`)}: ${format.number(r.count)}`)
    .join(' · ');
  return (
    <article className="proposal-card" aria-labelledby={`proposal-${p.id}`}>
      <div className="log-entry__head">
        <ProposalStateBadge state={p.state} votingOpen={p.votingOpen} />
        {p.outcome ? <OutcomeBadge outcome={p.outcome} /> : null}
      </div>
      <h2 className="log-entry__title" id={`proposal-${p.id}`}>
        <Link to={logPath(allianceId, 'proposals', p.id)}>{p.title}</Link>
      </h2>
      <p className="log-entry__meta">
        {t('communication.proposals.proposedBy', { organisation: p.createdByMember.organisation.name, date: format.date(p.createdAt) })} ·{' '}
        {p.state === 'DECIDED' && p.decidedAt
          ? t('communication.proposals.decidedOn', { date: format.date(p.decidedAt) })
          : p.votingOpen
            ? t('communication.proposals.closesOn', { date: format.dateTime(p.closesAt) })
            : t('communication.proposals.closedOn', { date: format.dateTime(p.closesAt) })}
      </p>
      <p className="proposal-card__tally">
        {t('communication.proposals.votesCast', { count: p.tally.total })}: {counts}
      </p>
      {p.myVote ? <p className="proposal-card__mine">{t('communication.proposals.yourVote', { vote: t(`communication.votes.${p.myVote.vote}`) })}</p> : null}
    </article>
  );
}
