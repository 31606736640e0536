import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import { SelectField } from '@/components/ui/field';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useSurveyComparison, type SurveyRoundItem } from '../api/surveys';

/** Two closed rounds side by side: density, ties, trust, value, reciprocity, and which ties are new, lost or kept. */
export function SurveyComparisonView({ allianceId, rounds }: { allianceId: string; rounds: SurveyRoundItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  // Rounds come newest first: compare the one before the latest with the latest.
  const [before, setBefore] = useState(rounds[1].id);
  const [after, setAfter] = useState(rounds[0].id);
  const c = useSurveyComparison(allianceId, before, after);
  const options = rounds.map((r) => ({ value: r.id, label: r.title }));
  const num = (x: number | null | undefined) => (x === null || x === undefined ? '–' : format.number(x, { maximumFractionDigits: 2 }));
  const signed = (x: number | null | undefined, percent = false) =>
    x === null || x === undefined ? '–' : `${x > 0 ? '+' : ''}${percent ? format.percent(x) : format.number(x, { maximumFractionDigits: 2 })}`;
  const rating = (b: number | null, a: number | null) => (b === null && a === null ? '–' : `${num(b)} → ${num(a)}`);
  return (
    <section className="network__section surveys__compare" aria-labelledby="survey-compare">
      <h2 id="survey-compare">{t('network.surveys.compare.title')}</h2>
      <div className="network-path__fields">
        <SelectField label={t('network.surveys.compare.before')} value={before} onChange={(e) => setBefore(e.target.value)} options={options} />
        <SelectField label={t('network.surveys.compare.after')} value={after} onChange={(e) => setAfter(e.target.value)} options={options} />
      </div>
      {c.isPending ? <LoadingState label={t('network.surveys.loading')} /> : null}
      {c.error ? <Alert tone="error">{describe(c.error)}</Alert> : null}
      {c.data ? (
        <>
          <DataTable
            caption={t('network.surveys.compare.figures')}
            rows={[
              {
                key: 'density',
                label: t('network.summary.density'),
                b: format.percent(c.data.before.density),
                a: format.percent(c.data.after.density),
                d: signed(c.data.densityChange, true),
              },
              {
                key: 'ties',
                label: t('network.summary.ties'),
                b: num(c.data.before.ties),
                a: num(c.data.after.ties),
                d: signed(c.data.after.ties - c.data.before.ties),
              },
              {
                key: 'trust',
                label: t('network.surveys.network.meanTrust'),
                b: num(c.data.before.meanTrust),
                a: num(c.data.after.meanTrust),
                d: signed(c.data.meanTrustChange),
              },
              {
                key: 'value',
                label: t('network.surveys.network.meanValue'),
                b: num(c.data.before.meanValue),
                a: num(c.data.after.meanValue),
                d: signed(c.data.meanValueChange),
              },
              {
                key: 'reciprocity',
                label: t('network.summary.reciprocity'),
                b: format.percent(c.data.before.reciprocity),
                a: format.percent(c.data.after.reciprocity),
                d: signed(c.data.reciprocityChange, true),
              },
            ]}
            rowKey={(r) => r.key}
            columns={[
              { key: 'label', header: t('network.surveys.compare.measure'), rowHeader: true, cell: (r) => r.label },
              { key: 'b', header: c.data.before.round.title, className: 'table__numeric', cell: (r) => r.b },
              { key: 'a', header: c.data.after.round.title, className: 'table__numeric', cell: (r) => r.a },
              { key: 'd', header: t('network.surveys.compare.change'), className: 'table__numeric', cell: (r) => r.d },
            ]}
          />
          <p>{t('network.surveys.compare.summary', { new: c.data.newTies, lost: c.data.lostTies, kept: c.data.keptTies })}</p>
          <DataTable
            caption={t('network.surveys.compare.pairs')}
            cards
            rows={c.data.pairs}
            rowKey={(p) => `${p.a.id}-${p.b.id}`}
            empty={<p>{t('network.surveys.compare.noPairs')}</p>}
            columns={[
              { key: 'pair', header: t('network.surveys.compare.pair'), rowHeader: true, cell: (p) => `${p.a.organisation.name} – ${p.b.organisation.name}` },
              { key: 'change', header: t('network.surveys.compare.change'), cell: (p) => t(`network.surveys.compare.changes.${p.change}`) },
              { key: 'trust', header: t('network.surveys.answer.trust'), cell: (p) => rating(p.trustBefore ?? null, p.trustAfter ?? null) },
              { key: 'value', header: t('network.surveys.answer.value'), cell: (p) => rating(p.valueBefore ?? null, p.valueAfter ?? null) },
            ]}
          />
        </>
      ) : null}
    </section>
  );
}
