import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useSupportReport } from '../api/participation-api';
import { proofOfWork } from '../utils/proof-of-work';
import { rememberSupport, supportedReports, voterToken } from '../utils/voter-token';
import { useParticipationText } from './easy-language';

/** "Betrifft mich auch": one vote per browser (a random id kept in this browser), counted by the server. */
export function SupportButton({ slug, reportId, count }: { slug: string; reportId: string; count: number }) {
  const { tx } = useParticipationText();
  const support = useSupportReport(slug, reportId);
  const [done, setDone] = useState(() => supportedReports().includes(reportId));
  const shown = support.data?.supportCount ?? count;
  const vote = async () => {
    const result = await support.mutateAsync({ voterToken: voterToken(), website: '', altcha: await proofOfWork(slug) });
    rememberSupport(reportId);
    setDone(true);
    return result;
  };
  return (
    <div className="participation-support">
      <Button
        size="sm"
        variant={done ? 'ghost' : 'secondary'}
        loading={support.isPending}
        disabled={done}
        aria-pressed={done}
        onClick={() => void vote().catch(() => undefined)}
      >
        {done ? tx('support.done') : tx('support.button')}
      </Button>
      <span className="participation-support__count" aria-live="polite">
        {tx('support.count', { count: shown })}
      </span>
      {support.isError ? <p className="field__error">{tx('errors.UNKNOWN')}</p> : null}
    </div>
  );
}
