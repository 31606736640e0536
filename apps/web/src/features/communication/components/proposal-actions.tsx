import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { useConflictState } from '@/components/ui/use-conflict-state';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useCloseProposal } from '../api/close-proposal';
import { proposalQueryOptions, type ProposalDetail as Detail } from '../api/get-proposal';
import { useWithdrawProposal } from '../api/withdraw-proposal';
import { canCloseProposal, canWithdrawProposal, type LogViewer } from '../utils/viewer';

/** Closing (backbone) or withdrawing (the proposing organisation) a proposal, each confirmed, with the conflict flow. */
export function ProposalActions({ allianceId, proposal: p, viewer, reload }: { allianceId: string; proposal: Detail; viewer: LogViewer; reload: () => void }) {
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
          [
            t(`communication.proposals.states.${stored.state === 'OPEN' && !stored.votingOpen ? 'AWAITING' : stored.state}`),
            stored.outcome ? t(`communication.proposals.outcomes.${stored.outcome}`) : null,
          ]
            .filter(Boolean)
            .join(', '),
        reload,
        // Still open (and, to withdraw, still taking votes): otherwise it was decided or withdrawn meanwhile.
        canReapply: (stored, action) => stored.state === 'OPEN' && (action === 'close' || stored.votingOpen),
        reapply: (stored, action) => send(action, stored.version),
      })}
    />
  );
  // What the last close or withdrawal did, said where the buttons were.
  const done = close.isSuccess ? t('communication.proposals.closedNotice') : withdraw.isSuccess ? t('communication.proposals.withdrawnNotice') : null;
  if (!mayClose && !mayWithdraw)
    return (
      <>
        {done ? <Alert tone="success">{done}</Alert> : null}
        {conflictDialog}
      </>
    );

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
