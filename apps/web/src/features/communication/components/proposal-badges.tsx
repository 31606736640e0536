import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { ProposalOutcome, ProposalState } from '@/gql/graphql';

const STATE_TONE: Record<ProposalState, BadgeTone> = { OPEN: 'info', DECIDED: 'neutral', WITHDRAWN: 'neutral' };
const OUTCOME_TONE: Record<ProposalOutcome, BadgeTone> = { ACCEPTED: 'success', REJECTED: 'danger', BLOCKED: 'danger', NO_QUORUM: 'warning' };

export function ProposalStateBadge({ state, votingOpen }: { state: ProposalState; votingOpen: boolean }) {
  const { t } = useTranslation();
  // Past closesAt an OPEN proposal takes no votes but waits for the backbone's decision.
  const key = state === 'OPEN' && !votingOpen ? 'AWAITING' : state;
  return <Badge tone={STATE_TONE[state]}>{t(`communication.proposals.states.${key}`)}</Badge>;
}

export function OutcomeBadge({ outcome }: { outcome: ProposalOutcome }) {
  const { t } = useTranslation();
  return <Badge tone={OUTCOME_TONE[outcome]}>{t(`communication.proposals.outcomes.${outcome}`)}</Badge>;
}
