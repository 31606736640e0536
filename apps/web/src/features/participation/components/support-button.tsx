import { useRef, useState } from 'react';
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
  const [working, setWorking] = useState(false);
  const doneMark = useRef<HTMLSpanElement>(null);
  const shown = support.data?.supportCount ?? count;
  const vote = async () => {
    setWorking(true);
    try {
      await support.mutateAsync({ voterToken: voterToken(), website: '', altcha: await proofOfWork(slug) });
      rememberSupport(reportId);
      setDone(true);
      // The button is gone: keep keyboard focus where it was, on what replaced it.
      requestAnimationFrame(() => doneMark.current?.focus());
    } finally {
      setWorking(false);
    }
  };
  return (
    <div className="participation-support">
      {done ? (
        <span className="participation-support__done" ref={doneMark} tabIndex={-1}>
          <span aria-hidden="true">✓ </span>
          {tx('support.done')}
        </span>
      ) : (
        <Button size="sm" loading={working} onClick={() => void vote().catch(() => undefined)}>
          {tx('support.button')}
        </Button>
      )}
      <span className="participation-support__count" aria-live="polite">
        {tx('support.count', { count: shown })}
      </span>
      {support.isError ? <p className="field__error">{tx('errors.UNKNOWN')}</p> : null}
    </div>
  );
}
