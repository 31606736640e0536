import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useCloseSurveyRound, useMySurveyResponse, useSurveyRound } from '../api/surveys';
import { SurveyAnswerForm } from './survey-answer-form';
import { SurveyRoundNetworkView } from './survey-round-network';
import { useResponseRate } from './survey-rounds';

/**
 * One survey round. Open: the member's answer form; the backbone sees who has answered and
 * closes the round. Closed: the round's network.
 */
export function SurveyRoundView({ allianceId, roundId }: { allianceId: string; roundId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const rate = useResponseRate();
  const detail = useSurveyRound(allianceId, roundId);
  const round = detail.data?.round;
  const mine = useMySurveyResponse(allianceId, roundId, round?.state === 'OPEN' && Boolean(round.myResponseState));
  const close = useCloseSurveyRound(allianceId);
  const [closing, setClosing] = useState(false);
  if (detail.isPending) return <LoadingState label={t('network.surveys.loading')} />;
  if (detail.error || !round) return <Alert tone="error">{describe(detail.error)}</Alert>;
  const respondents = detail.data.respondents;

  return (
    <div className="survey-round">
      <dl className="network__summary">
        <div>
          <dt>{t('network.surveys.state')}</dt>
          <dd>
            <Badge tone={round.state === 'OPEN' ? 'info' : 'neutral'}>{t(`network.surveys.states.${round.state}`)}</Badge>
          </dd>
        </div>
        <div>
          <dt>{t('network.surveys.dates')}</dt>
          <dd>{t('network.surveys.datesValue', { from: format.date(round.opensOn), to: format.date(round.closesOn) })}</dd>
        </div>
        <div>
          <dt>{t('network.surveys.responseRate')}</dt>
          <dd>{rate(round)}</dd>
        </div>
      </dl>

      {respondents ? (
        <section className="network__section" aria-labelledby="survey-respondents">
          <h2 id="survey-respondents">{t('network.surveys.respondents.title')}</h2>
          <DataTable
            caption={t('network.surveys.respondents.caption')}
            cards
            rows={respondents}
            rowKey={(r) => r.id}
            columns={[
              { key: 'name', header: t('network.table.organisation'), rowHeader: true, cell: (r) => r.organisation.name },
              { key: 'state', header: t('network.surveys.state'), cell: (r) => t(`network.surveys.responseStates.${r.state}`) },
              { key: 'at', header: t('network.surveys.respondents.submittedAt'), cell: (r) => (r.submittedAt ? format.date(r.submittedAt) : '–') },
            ]}
          />
          {round.state === 'OPEN' ? (
            <Button variant="primary" icon="check" onClick={() => setClosing(true)}>
              {t('network.surveys.close.action')}
            </Button>
          ) : null}
        </section>
      ) : null}

      {round.state === 'OPEN' ? (
        round.myResponseState ? (
          mine.data ? (
            <SurveyAnswerForm key={roundId} allianceId={allianceId} roundId={roundId} mine={mine.data} />
          ) : mine.error ? (
            <Alert tone="error">{describe(mine.error)}</Alert>
          ) : (
            <LoadingState label={t('network.surveys.loading')} />
          )
        ) : (
          <p>{t('network.surveys.notAskedText')}</p>
        )
      ) : (
        <SurveyRoundNetworkView allianceId={allianceId} roundId={roundId} />
      )}

      <ConfirmDialog
        open={closing}
        title={t('network.surveys.close.title')}
        description={t('network.surveys.close.text', { title: round.title, rate: rate(round) })}
        confirmLabel={t('network.surveys.close.action')}
        confirmVariant="primary"
        pending={close.isPending}
        error={close.error ? describe(close.error) : undefined}
        onClose={() => {
          setClosing(false);
          close.reset();
        }}
        onConfirm={() => close.mutate({ roundId, version: round.version }, { onSuccess: () => setClosing(false) })}
      />
    </div>
  );
}
