import { useFormat } from '@/lib/i18n';
import type { StatusStep } from '../api/participation-api';
import { useParticipationText } from './easy-language';

/** The steps a report went through, oldest first, each with its date and reason. */
export function StatusHistory({ history }: { history: StatusStep[] }) {
  const { tx } = useParticipationText();
  const f = useFormat();
  return (
    <ol className="participation-history" aria-label={tx('detail.history')}>
      {history.map((step, i) => (
        <li key={i}>
          <strong>{tx(`status.${step.status}`)}</strong> – <time dateTime={step.at}>{f.date(step.at)}</time>
          {step.reason ? <p>{step.reason}</p> : null}
        </li>
      ))}
    </ol>
  );
}
