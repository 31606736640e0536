import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import { voteResults, type Tally } from '../utils/votes';

/** Votes per option: count and share in words, with a bar beside them (the bar only repeats the text). */
export function VoteResults({ tally, caption }: { tally: Tally; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <table className="vote-results">
      <caption className="vote-results__caption">{caption}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t('communication.proposals.option')}</th>
          <th scope="col">{t('communication.proposals.votes')}</th>
          <th scope="col">{t('communication.proposals.share')}</th>
        </tr>
      </thead>
      <tbody>
        {voteResults(tally).map((r) => (
          <tr key={r.vote} className={`vote-results__row vote-results__row--${r.vote.toLowerCase()}`}>
            <th scope="row">{t(`communication.votes.${r.vote}`)}</th>
            <td className="vote-results__count">{t('communication.proposals.voteCount', { count: r.count })}</td>
            <td className="vote-results__share">
              <span className="vote-results__bar" aria-hidden="true">
                <span style={{ width: `${Math.round(r.share * 100)}%` }} />
              </span>
              <span className="vote-results__percent">{format.percent(r.share)}</span>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('communication.proposals.total')}</th>
          <td className="vote-results__count">{t('communication.proposals.voteCount', { count: tally.total })}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
