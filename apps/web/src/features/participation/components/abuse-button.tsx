import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { sendAbuse, type AbuseItemType } from '../api/participation-api';
import { proofOfWork } from '../utils/proof-of-work';
import { useParticipationText } from './easy-language';
import { Honeypot } from './honeypot';

/** "Missbrauch melden": a short reason; the item goes back to the moderators' queue. */
export function AbuseButton({ slug, itemType, itemId }: { slug: string; itemType: AbuseItemType; itemId: string }) {
  const { tx } = useParticipationText();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [website, setWebsite] = useState('');
  const send = useMutation({ mutationFn: async () => sendAbuse(slug, { itemType, itemId, reason: reason.trim(), website, altcha: await proofOfWork(slug) }) });
  if (send.isSuccess)
    return (
      <p role="status" className="participation-abuse__done">
        {tx('abuse.sent')}
      </p>
    );
  if (!open)
    return (
      <Button size="sm" variant="ghost" className="participation-abuse" onClick={() => setOpen(true)} aria-expanded={false}>
        {tx('abuse.open')}
      </Button>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) send.mutate();
  };
  return (
    <form className="participation-abuse__form" onSubmit={submit} noValidate>
      <TextAreaField label={tx('abuse.reason')} name="reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      <Honeypot id={`${id}-website`} value={website} onChange={setWebsite} />
      <div className="participation-abuse__actions">
        <Button type="submit" size="sm" variant="primary" loading={send.isPending} disabled={!reason.trim()}>
          {tx('abuse.send')}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          {tx('abuse.cancel')}
        </Button>
      </div>
      {send.isError ? <p className="field__error">{tx('errors.UNKNOWN')}</p> : null}
    </form>
  );
}
