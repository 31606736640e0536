import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkFilterInput, NetworkSource, RelationshipKind } from '@/gql/graphql';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField } from '@/components/ui/field';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { usePeriodLabel } from '@/components/charts/period-label';
import { useNetwork } from '../api/network';
import { NETWORK_SOURCES, RELATIONSHIP_KINDS } from '../utils/vocabulary';
import { NetworkCanvas } from './network-canvas';
import { NetworkGraph, type ColourBy, type SizeMeasure } from './network-graph';
import { NetworkMeasuresTable, NetworkTiesList } from './network-tables';
import { PathFinder } from './path-finder';
import { RelationshipsPanel } from './relationships-panel';
import { quarterEnd } from '../utils/quarters';

/** Members from which the picture is drawn on a canvas instead of SVG. */
const LARGE_NETWORK = 150;

export interface NetworkViewer {
  role: string;
  membershipId: string;
}

/**
 * Who works with whom: the network of the alliance's members from stated relationships and from
 * the work recorded in Gemeinwerk, filtered by source and kind, as it stood at the end of a
 * chosen quarter; drawn as a picture, and the same content as tables (measures, ties per member).
 */
export function NetworkView({ allianceId, viewer }: { allianceId: string; viewer: NetworkViewer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const periodLabel = usePeriodLabel();
  const describe = useErrorMessage();
  const [sources, setSources] = useState<NetworkSource[]>([...NETWORK_SOURCES]);
  const [kind, setKind] = useState<RelationshipKind | ''>('');
  const [quarter, setQuarter] = useState<string | null>(null);
  const [sizeBy, setSizeBy] = useState<SizeMeasure>('betweenness');
  const [colourBy, setColourBy] = useState<ColourBy>('role');
  const [selected, setSelected] = useState<string | null>(null);
  const [path, setPath] = useState<string[]>([]);

  const filter: NetworkFilterInput = useMemo(
    () => ({ sources: sources.length === NETWORK_SOURCES.length ? null : sources, kinds: kind ? [kind] : null, asOf: quarter ? quarterEnd(quarter) : null }),
    [sources, kind, quarter],
  );
  const network = useNetwork(allianceId, filter, viewer.role !== 'OBSERVER');
  const data = network.data;
  const quarters = data?.quarters ?? [];
  const quarterIndex = quarter ? quarters.indexOf(quarter) : quarters.length - 1;

  if (viewer.role === 'OBSERVER' || isApiError(network.error, 'FORBIDDEN')) {
    return (
      <EmptyState icon="info" title={t('network.observer.title')}>
        {t('network.observer.text')}
      </EmptyState>
    );
  }
  if (network.isPending) return <LoadingState label={t('network.loading')} />;
  if (network.error || !data) return <Alert tone="error">{describe(network.error)}</Alert>;

  const toggleSource = (s: NetworkSource) => setSources((now) => (now.includes(s) ? now.filter((x) => x !== s) : [...now, s]));
  const brokers = data.nodes.filter((n) => n.broker);
  const isolated = data.nodes.filter((n) => n.isolated);
  const selectedNode = data.nodes.find((n) => n.id === selected) ?? null;
  const Picture = data.nodes.length > LARGE_NETWORK ? NetworkCanvas : NetworkGraph;

  return (
    <div className="network">
      <section className="network__filters card" aria-labelledby="network-filters">
        <h2 id="network-filters" className="visually-hidden">
          {t('network.filters.label')}
        </h2>
        <fieldset className="network__sources">
          <legend className="field__label">{t('network.filters.sources')}</legend>
          {NETWORK_SOURCES.map((s) => (
            <label key={s} className="checkbox">
              <input type="checkbox" checked={sources.includes(s)} onChange={() => toggleSource(s)} />
              <span>{t(`network.sources.${s}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="network__selects">
          <SelectField
            label={t('network.filters.kind')}
            optional
            value={kind}
            onChange={(e) => setKind(e.target.value as RelationshipKind | '')}
            options={[{ value: '', label: t('network.filters.allKinds') }, ...RELATIONSHIP_KINDS.map((k) => ({ value: k, label: t(`network.kinds.${k}`) }))]}
          />
          <SelectField
            label={t('network.filters.sizeBy')}
            value={sizeBy}
            onChange={(e) => setSizeBy(e.target.value as SizeMeasure)}
            options={(['degree', 'betweenness', 'closeness'] as const).map((m) => ({ value: m, label: t(`network.measures.${m}`) }))}
          />
          <SelectField
            label={t('network.filters.colourBy')}
            value={colourBy}
            onChange={(e) => setColourBy(e.target.value as ColourBy)}
            options={[
              { value: 'role', label: t('network.filters.byRole') },
              { value: 'kind', label: t('network.filters.byKind') },
            ]}
          />
        </div>
        {quarters.length > 1 ? (
          <div className="field network__slider">
            <label className="field__label" htmlFor="network-quarter">
              {t('network.filters.quarter')}
            </label>
            <input
              id="network-quarter"
              type="range"
              min={0}
              max={quarters.length - 1}
              step={1}
              value={quarterIndex}
              aria-valuetext={periodLabel(quarters[quarterIndex])}
              onChange={(e) => {
                const i = Number(e.target.value);
                setQuarter(i === quarters.length - 1 ? null : quarters[i]);
              }}
            />
            <output htmlFor="network-quarter" className="network__slider-value">
              {t('network.filters.asOf', { period: periodLabel(quarters[quarterIndex]), date: format.date(data.asOf) })}
            </output>
          </div>
        ) : null}
      </section>

      <dl className="network__summary">
        <div>
          <dt>{t('network.summary.members')}</dt>
          <dd>{format.number(data.nodes.length)}</dd>
        </div>
        <div>
          <dt>{t('network.summary.ties')}</dt>
          <dd>{format.number(data.ties.length)}</dd>
        </div>
        <div>
          <dt>{t('network.summary.density')}</dt>
          <dd>{format.percent(data.density)}</dd>
        </div>
        <div>
          <dt>{t('network.summary.components')}</dt>
          <dd>{format.number(data.componentCount)}</dd>
        </div>
        <div>
          <dt>{t('network.summary.brokers')}</dt>
          <dd>{brokers.length ? brokers.map((n) => n.organisation.name).join(', ') : t('network.summary.none')}</dd>
        </div>
        <div>
          <dt>{t('network.summary.isolated')}</dt>
          <dd>{isolated.length ? isolated.map((n) => n.organisation.name).join(', ') : t('network.summary.none')}</dd>
        </div>
        {data.statedDyads > 0 ? (
          <div>
            <dt>{t('network.summary.reciprocity')}</dt>
            <dd>{t('network.summary.reciprocityValue', { share: format.percent(data.reciprocity), dyads: data.statedDyads })}</dd>
          </div>
        ) : null}
      </dl>

      {data.nodes.length === 0 ? (
        <EmptyState icon="network" title={t('network.empty.title')}>
          {t('network.empty.text')}
        </EmptyState>
      ) : (
        <div className="network__picture">
          {/* Past 150 members the SVG picture is too slow (bench/web/network-fps.mjs): one canvas, laid out frame by frame. */}
          <Picture
            nodes={data.nodes}
            ties={data.ties}
            sizeBy={sizeBy}
            colourBy={colourBy}
            selected={selected}
            path={path}
            onSelect={(id) => setSelected((now) => (now === id ? null : id))}
          />
          <aside className="network__detail card" aria-live="polite">
            {selectedNode ? (
              <>
                <h2 className="network__detail-title">{selectedNode.organisation.name}</h2>
                <p>{t(`roles.${selectedNode.role}`)}</p>
                <ul className="network__detail-measures">
                  <li>{t('network.detail.degree', { count: selectedNode.degree })}</li>
                  <li>{t('network.detail.betweenness', { value: format.percent(selectedNode.betweenness) })}</li>
                  {selectedNode.broker ? <li>{t('network.detail.broker')}</li> : null}
                </ul>
                <NetworkTiesList nodes={data.nodes} ties={data.ties} only={selectedNode.id} />
              </>
            ) : (
              <p className="network__detail-hint">{t('network.detail.hint')}</p>
            )}
          </aside>
        </div>
      )}

      <PathFinder allianceId={allianceId} nodes={data.nodes} filter={filter} onPath={setPath} />

      <section className="network__section" aria-labelledby="network-measures">
        <h2 id="network-measures">{t('network.table.title')}</h2>
        <p className="network__help">{t('network.table.help')}</p>
        <NetworkMeasuresTable nodes={data.nodes} onSelect={setSelected} selected={selected} />
      </section>

      <details className="network__section network__more">
        <summary>
          <h2 className="network__summary-title">{t('network.ties.title')}</h2>
        </summary>
        <NetworkTiesList nodes={data.nodes} ties={data.ties} />
      </details>

      {viewer.role === 'BACKBONE' || viewer.role === 'PARTNER' ? <RelationshipsPanel allianceId={allianceId} viewer={viewer} nodes={data.nodes} /> : null}
    </div>
  );
}
