import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import { useFormat } from '@/lib/i18n';
import type { ProposalDetail } from '../api/get-proposal';

/** Who voted how on a proposal, with the comment and the date; a line saying so when nobody has. */
export function ProposalVotesTable({ votes }: { votes: ProposalDetail['votes'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable
      cards
      caption={t('communication.proposals.votesCaption')}
      rows={votes}
      rowKey={(v) => v.member.membershipId}
      empty={<p className="muted">{t('communication.proposals.noVotes')}</p>}
      columns={[
        {
          key: 'organisation',
          header: t('communication.proposals.organisation'),
          rowHeader: true,
          className: 'table__primary',
          cell: (v) => (
            <>
              {v.member.organisation.name}
              {v.votedBy ? <span className="table__secondary">{v.votedBy.name}</span> : null}
            </>
          ),
        },
        { key: 'vote', header: t('communication.proposals.vote'), cell: (v) => t(`communication.votes.${v.vote}`) },
        { key: 'comment', header: t('communication.proposals.comment'), cell: (v) => v.comment || '–' },
        { key: 'votedAt', header: t('communication.proposals.votedAt'), className: 'table__optional', cell: (v) => format.date(v.votedAt) },
      ]}
    />
  );
}
