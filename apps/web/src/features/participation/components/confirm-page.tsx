import { Alert } from '@/components/ui/alert';
import { LoadingState } from '@/components/ui/spinner';
import { useConfirmEmail } from '../api/participation-api';
import { useParticipationText } from './easy-language';
import '../participation.css';

/** The link from the confirmation mail: the address is confirmed, the sender will hear about the answer. */
export function ConfirmPage({ slug, token }: { slug: string; token: string }) {
  const { tx } = useParticipationText();
  const confirm = useConfirmEmail(slug, token);
  return (
    <div className="participation-follow">
      <title>{tx('follow.confirmTitle')}</title>
      <h1>{tx('follow.confirmTitle')}</h1>
      {confirm.isPending ? <LoadingState /> : null}
      {confirm.isSuccess ? <Alert tone="success">{tx('follow.confirmed')}</Alert> : null}
      {confirm.isError ? <Alert tone="warning">{tx('follow.confirmFailed')}</Alert> : null}
    </div>
  );
}
