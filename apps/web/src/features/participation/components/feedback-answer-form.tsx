import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import { useAnswerFeedback, useMarkFeedbackChanged, type ParticipationItem } from '../api/workspace';

/** The provider's (or backbone's) public answer to approved feedback, and "hat etwas verändert" with what changed. */
export function FeedbackAnswerForm({ allianceId, item }: { allianceId: string; item: ParticipationItem }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const answer = useAnswerFeedback(allianceId);
  const changed = useMarkFeedbackChanged(allianceId);
  const [text, setText] = useState(item.publicAnswer ?? '');
  const [whatChanged, setWhatChanged] = useState(item.changedText ?? '');
  return (
    <div className="stack">
      <TextAreaField
        label={t('participation.ws.publicAnswer')}
        hint={t('participation.ws.publicAnswerHint')}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {answer.isError ? <Alert tone="error">{describe(answer.error)}</Alert> : null}
      {answer.isSuccess ? <p role="status">{t('participation.ws.answerSaved')}</p> : null}
      <div>
        <Button
          variant="primary"
          disabled={text.trim().length < 3}
          loading={answer.isPending}
          onClick={() => answer.mutate({ feedbackId: item.id, text: text.trim() })}
        >
          {t('participation.ws.answer')}
        </Button>
      </div>
      <TextAreaField
        label={t('participation.ws.whatChanged')}
        hint={t('participation.ws.whatChangedHint')}
        rows={2}
        optional
        value={whatChanged}
        onChange={(e) => setWhatChanged(e.target.value)}
      />
      {changed.isError ? <Alert tone="error">{describe(changed.error)}</Alert> : null}
      {changed.isSuccess ? <p role="status">{t('participation.ws.changedSaved')}</p> : null}
      <div>
        <Button
          disabled={whatChanged.trim().length < 3}
          loading={changed.isPending}
          onClick={() => changed.mutate({ feedbackId: item.id, whatChanged: whatChanged.trim() })}
        >
          {t('participation.ws.markChanged')}
        </Button>
      </div>
    </div>
  );
}
