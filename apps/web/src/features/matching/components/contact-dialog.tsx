import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import { useRequestContact, type MatchSuggestion } from '../api/matching';

/** "Kontakt anbahnen": a short message to the suggested partner; Gemeinwerk notes it in the log and tells them. */
export function ContactDialog({
  allianceId,
  partner,
  onClose,
  onSent,
}: {
  allianceId: string;
  partner: MatchSuggestion | null;
  onClose: () => void;
  onSent: (name: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const send = useRequestContact(allianceId);
  const [message, setMessage] = useState('');
  const close = () => {
    setMessage('');
    send.reset();
    onClose();
  };
  const who = partner ? (partner.providerName ? `${partner.name} (${partner.providerName})` : partner.name) : '';
  return (
    <Dialog
      open={partner !== null}
      onClose={close}
      title={t('matching.contact.title', { name: who })}
      description={t('matching.contact.description')}
      footer={
        <>
          <Button onClick={close}>{t('matching.contact.cancel')}</Button>
          <Button
            variant="primary"
            icon="mail"
            loading={send.isPending}
            onClick={() =>
              partner &&
              send.mutate(
                { toMembershipId: partner.membershipId, offerId: partner.offerId, message },
                {
                  onSuccess: () => {
                    onSent(who);
                    close();
                  },
                },
              )
            }
          >
            {t('matching.contact.send')}
          </Button>
        </>
      }
    >
      {send.error ? <Alert tone="error">{describe(send.error)}</Alert> : null}
      <TextAreaField
        label={t('matching.contact.message')}
        hint={t('matching.contact.messageHint')}
        optional
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        maxLength={4000}
        rows={4}
      />
    </Dialog>
  );
}
