import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RadioGroup, TextAreaField } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useForwardedReports, useResolveReport, type ParticipationItem } from '../api/workspace';
import { ItemSummary } from './item-summary';
import { ParticipationTabs } from './participation-tabs';
import '../participation-workspace.css';

/** The member closes a forwarded report: resolved or declined, with an answer everyone can read. */
function ResolveForm({ allianceId, item }: { allianceId: string; item: ParticipationItem }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const resolve = useResolveReport(allianceId);
  const [outcome, setOutcome] = useState<'RESOLVED' | 'DECLINED'>('RESOLVED');
  const [answer, setAnswer] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (answer.trim().length < 3) return setMissing(true);
    setMissing(false);
    resolve.mutate({ reportId: item.id, outcome, publicAnswer: answer.trim(), version: item.version });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('participation.ws.forwarded.close')}>
      <RadioGroup
        legend={t('participation.ws.forwarded.outcome')}
        name={`outcome-${item.id}`}
        value={outcome}
        options={(['RESOLVED', 'DECLINED'] as const).map((o) => ({ value: o, label: t(`participation.status.${o}`) }))}
        onChange={(v) => setOutcome(v as 'RESOLVED' | 'DECLINED')}
      />
      <TextAreaField
        label={t('participation.ws.publicAnswer')}
        hint={t('participation.ws.forwarded.answerHint')}
        rows={3}
        value={answer}
        error={missing ? t('participation.ws.forwarded.answerMissing') : undefined}
        onChange={(e) => setAnswer(e.target.value)}
      />
      {resolve.isError ? <Alert tone="error">{describe(resolve.error)}</Alert> : null}
      <div>
        <Button type="submit" variant="primary" loading={resolve.isPending}>
          {t('participation.ws.forwarded.close')}
        </Button>
      </div>
    </form>
  );
}

/** "Weitergeleitete Meldungen": reports forwarded to the member's organisation (the backbone sees all). */
export function ForwardedReportsPage({ allianceId, moderator }: { allianceId: string; moderator: boolean }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const reports = useForwardedReports(allianceId);
  return (
    <div className="page">
      <PageHeader
        eyebrow={t('participation.ws.eyebrow')}
        title={t('participation.ws.forwarded.title')}
        description={t('participation.ws.forwarded.description')}
      />
      <ParticipationTabs allianceId={allianceId} moderator={moderator} />
      {reports.isPending ? <LoadingState /> : reports.isError ? <Alert tone="error">{describe(reports.error)}</Alert> : null}
      {reports.data?.length === 0 ? <p>{t('participation.ws.forwarded.empty')}</p> : null}
      <ul className="participation-ws__list">
        {reports.data?.map((item) => (
          <li key={`${item.id}-${item.version}`} className="card card--padded stack participation-ws__card">
            <ItemSummary allianceId={allianceId} item={item} />
            <p className="participation-ws__text">{item.text}</p>
            {item.forwardNote ? <p>{t('participation.ws.forwarded.note', { note: item.forwardNote })}</p> : null}
            {item.status === 'FORWARDED' ? (
              <ResolveForm allianceId={allianceId} item={item} />
            ) : item.publicAnswer ? (
              <p>
                <strong>{t('participation.detail.answer')}:</strong> {item.publicAnswer}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
