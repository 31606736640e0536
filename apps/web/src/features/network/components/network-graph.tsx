import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkNode, NetworkTie } from '../api/network';
import { layoutNetwork } from '../utils/layout';

export type SizeMeasure = 'degree' | 'betweenness' | 'closeness';
export type ColourBy = 'role' | 'kind';

const SIZE = 640;
const ROLE_COLOUR: Record<string, string> = {
  BACKBONE: 'var(--color-role-backbone)',
  PARTNER: 'var(--color-role-partner)',
  FUNDER: 'var(--color-role-funder)',
  OBSERVER: 'var(--color-role-observer)',
};
const KIND_COLOUR: Record<string, string> = {
  NGO: '#244a86',
  PUBLIC_BODY: '#0b4d53',
  COMPANY: '#7a4200',
  FOUNDATION: '#6b2f7a',
  OTHER: '#4a5452',
};

/**
 * The network drawn as a picture: members as circles (sized by the chosen measure, coloured by
 * role or kind of organisation), ties as lines (thicker for more shared work), a selected member
 * and a found path highlighted. A mouse click selects a member; the same content — and keyboard
 * use — is in the tables below (measures, ties per member), which screen readers use instead.
 */
export function NetworkGraph({
  nodes,
  ties,
  sizeBy,
  colourBy,
  selected,
  path,
  onSelect,
}: {
  nodes: NetworkNode[];
  ties: NetworkTie[];
  sizeBy: SizeMeasure;
  colourBy: ColourBy;
  selected: string | null;
  path: string[];
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const positions = useMemo(
    () =>
      layoutNetwork(
        nodes.map((n) => n.id),
        ties,
        SIZE,
      ),
    [nodes, ties],
  );
  const max = Math.max(...nodes.map((n) => n[sizeBy]), 0.0001);
  const radius = (n: NetworkNode) => 8 + 16 * Math.sqrt(n[sizeBy] / max);
  const onPath = new Set(path.slice(1).map((id, i) => [path[i], id].sort().join('|')));
  const near = new Set(selected ? ties.filter((x) => x.a === selected || x.b === selected).flatMap((x) => [x.a, x.b]) : []);
  const dense = nodes.length > 60;
  return (
    <figure className="network-graph">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="network-graph__svg" aria-hidden="true" focusable="false">
        <g className="network-graph__ties">
          {ties.map((x) => {
            const a = positions.get(x.a);
            const b = positions.get(x.b);
            if (!a || !b) return null;
            const key = [x.a, x.b].sort().join('|');
            const highlighted = onPath.has(key) || (selected !== null && (x.a === selected || x.b === selected));
            return (
              <line
                key={key}
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                className={highlighted ? 'network-graph__tie network-graph__tie--on' : 'network-graph__tie'}
                strokeWidth={Math.min(1 + Math.log2(x.weight), 5)}
              />
            );
          })}
        </g>
        {nodes.map((n) => {
          const p = positions.get(n.id)!;
          const dim = selected !== null && n.id !== selected && !near.has(n.id) && !path.includes(n.id);
          return (
            <g
              key={n.id}
              transform={`translate(${p.x} ${p.y})`}
              className={`network-graph__node${n.id === selected || path.includes(n.id) ? ' network-graph__node--on' : ''}${dim ? ' network-graph__node--dim' : ''}`}
              onClick={() => onSelect(n.id)}
            >
              <circle r={radius(n)} fill={colourBy === 'role' ? ROLE_COLOUR[n.role] : (KIND_COLOUR[n.organisation.kind] ?? KIND_COLOUR.OTHER)} />
              {n.broker ? <circle r={radius(n) + 4} className="network-graph__broker" /> : null}
              {!dense || n.id === selected || path.includes(n.id) ? (
                <text y={radius(n) + 14} textAnchor="middle" className="network-graph__label">
                  {n.organisation.name.length > 28 ? `${n.organisation.name.slice(0, 27)}…` : n.organisation.name}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="network-graph__legend">
        {colourBy === 'role'
          ? Object.keys(ROLE_COLOUR).map((role) => (
              <span key={role} className="network-graph__legend-item">
                <span className="network-graph__swatch" style={{ background: ROLE_COLOUR[role] }} />
                {t(`roles.${role}`)}
              </span>
            ))
          : Object.keys(KIND_COLOUR).map((kind) => (
              <span key={kind} className="network-graph__legend-item">
                <span className="network-graph__swatch" style={{ background: KIND_COLOUR[kind] }} />
                {t(`organisationKinds.${kind}`)}
              </span>
            ))}
        <span className="network-graph__legend-item">
          <span className="network-graph__swatch network-graph__swatch--broker" />
          {t('network.graph.broker')}
        </span>
      </figcaption>
    </figure>
  );
}
