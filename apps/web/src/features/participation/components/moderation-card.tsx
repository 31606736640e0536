import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import { useModerate, type ParticipationItem } from '../api/workspace';
import { ItemSummary } from './item-summary';

/**
 * A pending report or feedback: the moderator edits personal data out of the text (the edit is
 * recorded), then approves — or rejects with a reason, which the sender sees on the follow page.
 */
export function ModerationCard({ allianceId, item }: { allianceId: string; item: ParticipationItem }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const moderate = useModerate(allianceId);
  const [text, setText] = useState(item.text);
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const edited = text.trim() !== item.text.trim();
  const decide = (action: 'APPROVE' | 'REJECT') => {
    if (action === 'REJECT' && !reason.trim()) return setMissingReason(true);
    setMissingReason(false);
    moderate.mutate({
      itemId: item.id,
      kind: item.kind,
      action,
      version: item.version,
      reason: reason.trim() || undefined,
      editedText: action === 'APPROVE' && edited ? text.trim() : undefined,
    });
  };
  return (
    <li className="card card--padded stack participation-ws__card">
      <ItemSummary allianceId={allianceId} item={item} />
      <TextAreaField label={t('participation.ws.text')} hint={t('participation.ws.textHint')} rows={5} value={text} onChange={(e) => setText(e.target.value)} />
      {edited ? <p className="field__hint">{t('participation.ws.edited')}</p> : null}
      <TextAreaField
        label={t('participation.ws.reason')}
        hint={t('participation.ws.reasonHint')}
        rows={2}
        optional
        value={reason}
        error={missingReason ? t('participation.ws.reasonMissing') : undefined}
        onChange={(e) => setReason(e.target.value)}
      />
      {moderate.isError ? <Alert tone="error">{describe(moderate.error)}</Alert> : null}
      <div className="participation-ws__actions">
        <Button variant="primary" loading={moderate.isPending} onClick={() => decide('APPROVE')}>
          {edited ? t('participation.ws.approveEdited') : t('participation.ws.approve')}
        </Button>
        <Button variant="danger" loading={moderate.isPending} onClick={() => decide('REJECT')}>
          {t('participation.ws.reject')}
        </Button>
      </div>
    </li>
  );
}
