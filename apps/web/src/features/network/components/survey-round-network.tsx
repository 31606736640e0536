import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelationshipKind, SurveyRoundNetworkFilterInput } from '@/gql/graphql';
import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import { SelectField } from '@/components/ui/field';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useSurveyRoundNetwork, type SurveyRoundNetwork } from '../api/surveys';
import { shortestPath } from '../utils/shortest-path';
import { RELATIONSHIP_KINDS } from '../utils/vocabulary';
import { NetworkGraph, type SizeMeasure } from './network-graph';
import { NetworkMeasuresTable } from './network-tables';

type Data = SurveyRoundNetwork;

/**
 * The network of a closed survey round: filtered by kind and by trust, drawn as a picture and
 * as tables (measures; ties per member), with the path between two members. The backbone also
 * reads every answer; partners see the aggregate.
 */
export function SurveyRoundNetworkView({ allianceId, roundId }: { allianceId: string; roundId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const [kind, setKind] = useState<RelationshipKind | ''>('');
  const [minTrust, setMinTrust] = useState('');
  const [sizeBy, setSizeBy] = useState<SizeMeasure>('betweenness');
  const [selected, setSelected] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filter: SurveyRoundNetworkFilterInput = useMemo(
    () => ({ kinds: kind ? [kind] : null, minTrust: minTrust ? Number(minTrust) : null }),
    [kind, minTrust],
  );
  const query = useSurveyRoundNetwork(allianceId, roundId, filter, true);
  const data = query.data;
  if (query.isPending) return <LoadingState label={t('network.loading')} />;
  if (query.error || !data) return <Alert tone="error">{describe(query.error)}</Alert>;
  const net = data.network;
  const name = new Map(net.nodes.map((n) => [n.id, n.organisation.name]));
  const path = from && to ? shortestPath(net.ties, from, to) : null;
  const brokers = net.nodes.filter((n) => n.broker);
  const isolated = net.nodes.filter((n) => n.isolated);
  const options = [{ value: '', label: t('network.path.choose') }, ...net.nodes.map((n) => ({ value: n.id, label: n.organisation.name }))];
  const score = (x: number | null | undefined) => (x === null || x === undefined ? '–' : format.number(x, { maximumFractionDigits: 1 }));

  return (
    <div className="network survey-network">
      <section className="network__filters card" aria-labelledby="survey-filters">
        <h2 id="survey-filters">{t('network.surveys.network.title')}</h2>
        <div className="network__selects">
          <SelectField
            label={t('network.filters.kind')}
            optional
            value={kind}
            onChange={(e) => setKind(e.target.value as RelationshipKind | '')}
            options={[{ value: '', label: t('network.filters.allKinds') }, ...RELATIONSHIP_KINDS.map((k) => ({ value: k, label: t(`network.kinds.${k}`) }))]}
          />
          <SelectField
            label={t('network.surveys.network.minTrust')}
            optional
            value={minTrust}
            onChange={(e) => setMinTrust(e.target.value)}
            options={[
              { value: '', label: t('network.surveys.network.anyTrust') },
              ...['2', '3', '4'].map((s) => ({ value: s, label: t('network.surveys.network.atLeast', { score: t(`network.surveys.score.${s}`) }) })),
            ]}
          />
          <SelectField
            label={t('network.filters.sizeBy')}
            value={sizeBy}
            onChange={(e) => setSizeBy(e.target.value as SizeMeasure)}
            options={(['degree', 'betweenness', 'closeness'] as const).map((m) => ({ value: m, label: t(`network.measures.${m}`) }))}
          />
        </div>
      </section>

      <dl className="network__summary">
        <div>
          <dt>{t('network.summary.members')}</dt>
          <dd>{format.number(net.nodes.length)}</dd>
        </div>
        <div>
          <dt>{t('network.summary.ties')}</dt>
          <dd>{format.number(net.ties.length)}</dd>
        </div>
        <div>
          <dt>{t('network.summary.density')}</dt>
          <dd>{format.percent(net.density)}</dd>
        </div>
        <div>
          <dt>{t('network.surveys.network.meanTrust')}</dt>
          <dd>{score(data.meanTrust)}</dd>
        </div>
        <div>
          <dt>{t('network.surveys.network.meanValue')}</dt>
          <dd>{score(data.meanValue)}</dd>
        </div>
        <div>
          <dt>{t('network.summary.reciprocity')}</dt>
          <dd>{t('network.summary.reciprocityValue', { share: format.percent(net.reciprocity), dyads: net.statedDyads })}</dd>
        </div>
        <div>
          <dt>{t('network.summary.brokers')}</dt>
          <dd>{brokers.length ? brokers.map((n) => n.organisation.name).join(', ') : t('network.summary.none')}</dd>
        </div>
        <div>
          <dt>{t('network.summary.isolated')}</dt>
          <dd>{isolated.length ? isolated.map((n) => n.organisation.name).join(', ') : t('network.summary.none')}</dd>
        </div>
      </dl>

      <div className="network__picture">
        <NetworkGraph
          nodes={net.nodes}
          ties={net.ties}
          sizeBy={sizeBy}
          colourBy="role"
          selected={selected}
          path={path ?? []}
          onSelect={(id) => setSelected((now) => (now === id ? null : id))}
        />
        <aside className="network__detail card" aria-live="polite">
          {selected ? <SurveyTies data={data} only={selected} name={name} /> : <p className="network__detail-hint">{t('network.detail.hint')}</p>}
        </aside>
      </div>

      <section className="network__section network-path" aria-labelledby="survey-path">
        <h2 id="survey-path">{t('network.path.title')}</h2>
        <div className="network-path__fields">
          <SelectField label={t('network.path.from')} value={from} onChange={(e) => setFrom(e.target.value)} options={options} optional />
          <SelectField label={t('network.path.to')} value={to} onChange={(e) => setTo(e.target.value)} options={options} optional />
        </div>
        <div aria-live="polite" className="network-path__result">
          {from && to && from === to ? <p>{t('network.path.same')}</p> : null}
          {from && to && from !== to ? (
            path === null ? (
              <p>{t('network.path.none')}</p>
            ) : (
              <>
                <p>
                  <strong>{t('network.path.distance', { count: path.length - 1 })}</strong>
                </p>
                <ol className="network-path__steps">
                  {path.map((id) => (
                    <li key={id}>{name.get(id)}</li>
                  ))}
                </ol>
              </>
            )
          ) : null}
        </div>
      </section>

      <section className="network__section" aria-labelledby="survey-measures">
        <h2 id="survey-measures">{t('network.table.title')}</h2>
        <p className="network__help">{t('network.table.help')}</p>
        <NetworkMeasuresTable nodes={net.nodes} onSelect={setSelected} selected={selected} />
      </section>

      <details className="network__section network__more">
        <summary>
          <h2 className="network__summary-title">{t('network.ties.title')}</h2>
        </summary>
        <SurveyTies data={data} name={name} />
      </details>

      {data.answers ? (
        <section className="network__section" aria-labelledby="survey-answers">
          <h2 id="survey-answers">{t('network.surveys.network.answers')}</h2>
          <p className="network__help">{t('network.surveys.network.answersHelp')}</p>
          <DataTable
            caption={t('network.surveys.network.answersCaption')}
            cards
            rows={data.answers}
            rowKey={(a) => `${a.fromMembershipId}-${a.toMembershipId}`}
            empty={<p>{t('network.surveys.network.noAnswers')}</p>}
            columns={[
              { key: 'from', header: t('network.relationships.from'), rowHeader: true, cell: (a) => name.get(a.fromMembershipId) },
              { key: 'to', header: t('network.relationships.to'), cell: (a) => name.get(a.toMembershipId) },
              { key: 'kind', header: t('network.relationships.kind'), cell: (a) => (a.kind ? t(`network.kinds.${a.kind}`) : t('network.surveys.answer.none')) },
              {
                key: 'frequency',
                header: t('network.surveys.answer.frequency'),
                cell: (a) => (a.frequency ? t(`network.surveys.frequency.${a.frequency}`) : '–'),
              },
              { key: 'trust', header: t('network.surveys.answer.trust'), className: 'table__numeric', cell: (a) => a.trust ?? '–' },
              { key: 'value', header: t('network.surveys.answer.value'), className: 'table__numeric', cell: (a) => a.value ?? '–' },
            ]}
          />
        </section>
      ) : null}
    </div>
  );
}

/** Each member with the members it is tied to in the round: the kinds named, one-sided or mutual. */
function SurveyTies({ data, only, name }: { data: Data; only?: string; name: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const shown = only ? data.network.nodes.filter((n) => n.id === only) : data.network.nodes;
  return (
    <ul className="network-ties">
      {shown.map((n) => {
        const list = data.network.ties
          .filter((x) => x.a === n.id || x.b === n.id)
          .map((x) => ({ other: x.a === n.id ? x.b : x.a, tie: x }))
          .sort((x, y) => (name.get(x.other) ?? '').localeCompare(name.get(y.other) ?? '', i18n.language));
        return (
          <li key={n.id} className="network-ties__member">
            <h3 className="network-ties__name">{n.organisation.name}</h3>
            {list.length ? (
              <ul className="network-ties__list">
                {list.map(({ other, tie }) => (
                  <li key={other}>
                    <strong>{name.get(other)}</strong>: {tie.kinds.map((k) => t(`network.kinds.${k}`)).join(', ')} (
                    {tie.weight > 1 ? t('network.surveys.network.mutual') : t('network.surveys.network.oneSided')})
                  </li>
                ))}
              </ul>
            ) : (
              <p className="network-ties__none">{t('network.ties.none')}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
