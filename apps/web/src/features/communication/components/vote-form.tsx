import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RadioGroup, TextAreaField } from '@/components/ui/field';
import type { Vote } from '@/gql/graphql';
import { useErrorMessage } from '@/lib/errors';
import { useCastVote } from '../api/cast-vote';
import type { ProposalDetail } from '../api/get-proposal';
import { VOTES } from '../utils/votes';

/** The organisation's vote; a new vote replaces the earlier one while voting is open. */
export function VoteForm({ allianceId, proposal }: { allianceId: string; proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const cast = useCastVote(allianceId);
  const [vote, setVote] = useState<Vote | ''>(proposal.myVote?.vote ?? '');
  const [comment, setComment] = useState(proposal.myVote?.comment ?? '');
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!vote) return setMissing(true);
    setSaved(false);
    cast.mutate({ proposalId: proposal.id, vote, comment: comment.trim() || undefined }, { onSuccess: () => setSaved(true) });
  };

  return (
    <section className="card log-section" aria-labelledby="vote-title">
      <h2 id="vote-title" className="section__title">
        {proposal.myVote ? t('communication.proposals.changeVoteHeading') : t('communication.proposals.voteHeading')}
      </h2>
      <p className="muted">
        {proposal.myVote
          ? t('communication.proposals.currentVote', { vote: t(`communication.votes.${proposal.myVote.vote}`) })
          : t('communication.proposals.voteHint')}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        {cast.isError ? (
          <Alert tone="error" title={t('communication.proposals.voteFailed')}>
            {describe(cast.error)}
          </Alert>
        ) : null}
        {saved ? <Alert tone="success">{t('communication.proposals.voteSaved')}</Alert> : null}
        <RadioGroup
          legend={t('communication.proposals.yourVoteLegend')}
          name="vote"
          value={vote}
          onChange={(v) => {
            setVote(v as Vote);
            setMissing(false);
          }}
          options={VOTES.map((v) => ({ value: v, label: t(`communication.votes.${v}`), description: t(`communication.voteDescriptions.${v}`) }))}
        />
        {missing ? (
          <p className="field__error" role="alert">
            {t('communication.proposals.chooseVote')}
          </p>
        ) : null}
        <TextAreaField label={t('communication.proposals.voteComment')} optional rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        <div className="form__actions form__actions--start">
          <Button type="submit" variant="primary" loading={cast.isPending}>
            {proposal.myVote ? t('communication.proposals.changeVote') : t('communication.proposals.castVote')}
          </Button>
        </div>
      </form>
    </section>
  );
}
