import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { TextField } from '@/components/ui/field';
import { DateField } from '@/components/ui/locale-inputs';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useOpenSurveyRound, useSurveyRounds, type SurveyRoundItem } from '../api/surveys';
import type { NetworkViewer } from './network-view';
import { SurveyComparisonView } from './survey-comparison';

/** The response rate as "2 of 6 (33 %)". */
export function useResponseRate() {
  const { t } = useTranslation();
  const format = useFormat();
  return (r: Pick<SurveyRoundItem, 'submittedCount' | 'respondentCount' | 'responseRate'>) =>
    t('network.surveys.rate', { submitted: r.submittedCount, asked: r.respondentCount, share: format.percent(r.responseRate) });
}

/**
 * Network survey rounds: the list with each round's response rate; the backbone opens a new
 * round here; two closed rounds can be compared.
 */
export function SurveyRoundsView({ allianceId, viewer }: { allianceId: string; viewer: NetworkViewer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const rate = useResponseRate();
  const rounds = useSurveyRounds(allianceId);
  if (rounds.isPending) return <LoadingState label={t('network.surveys.loading')} />;
  if (rounds.error) return <Alert tone="error">{describe(rounds.error)}</Alert>;
  const closed = rounds.data.filter((r) => r.state === 'CLOSED');
  return (
    <div className="surveys">
      <p className="network__help">{t('network.surveys.help')}</p>
      <DataTable
        caption={t('network.surveys.caption')}
        cards
        rows={rounds.data}
        rowKey={(r) => r.id}
        empty={<p>{t('network.surveys.empty')}</p>}
        columns={[
          { key: 'title', header: t('network.surveys.roundTitle'), rowHeader: true, cell: (r) => <Link to={r.id}>{r.title}</Link> },
          {
            key: 'state',
            header: t('network.surveys.state'),
            cell: (r) => <Badge tone={r.state === 'OPEN' ? 'info' : 'neutral'}>{t(`network.surveys.states.${r.state}`)}</Badge>,
          },
          {
            key: 'dates',
            header: t('network.surveys.dates'),
            cell: (r) => t('network.surveys.datesValue', { from: format.date(r.opensOn), to: format.date(r.closesOn) }),
          },
          { key: 'rate', header: t('network.surveys.responseRate'), cell: (r) => rate(r) },
          {
            key: 'mine',
            header: t('network.surveys.mine'),
            cell: (r) => (r.myResponseState ? t(`network.surveys.responseStates.${r.myResponseState}`) : t('network.surveys.notAsked')),
          },
        ]}
      />
      {viewer.role === 'BACKBONE' ? <OpenRoundForm allianceId={allianceId} /> : null}
      {closed.length >= 2 ? <SurveyComparisonView allianceId={allianceId} rounds={closed} /> : null}
    </div>
  );
}

function OpenRoundForm({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const open = useOpenSurveyRound(allianceId);
  const [title, setTitle] = useState('');
  const [opensOn, setOpensOn] = useState<string | null>(null);
  const [closesOn, setClosesOn] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const ready = title.trim() && opensOn && closesOn;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    open.mutate(
      { title: title.trim(), opensOn, closesOn },
      {
        onSuccess: () => {
          setNotice(t('network.surveys.open.done', { title: title.trim() }));
          setTitle('');
        },
      },
    );
  };
  return (
    <form className="card surveys__open" onSubmit={submit} aria-labelledby="survey-open-title">
      <h2 id="survey-open-title">{t('network.surveys.open.title')}</h2>
      <p className="network__help">{t('network.surveys.open.help')}</p>
      {open.error ? <Alert tone="error">{describe(open.error)}</Alert> : null}
      <div role="status" aria-live="polite" className={notice ? 'network__notice' : undefined}>
        {notice}
      </div>
      <TextField label={t('network.surveys.open.name')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />
      <div className="network-relationship-form__grid">
        <DateField
          label={t('network.surveys.open.opensOn')}
          hint={t('network.relationships.sinceHint', { pattern: format.datePattern })}
          value={opensOn}
          onChange={(v) => setOpensOn(v)}
        />
        <DateField
          label={t('network.surveys.open.closesOn')}
          hint={t('network.relationships.sinceHint', { pattern: format.datePattern })}
          value={closesOn}
          onChange={(v) => setClosesOn(v)}
        />
      </div>
      <Button type="submit" variant="primary" icon="plus" loading={open.isPending} disabled={!ready}>
        {t('network.surveys.open.submit')}
      </Button>
    </form>
  );
}
