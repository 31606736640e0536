import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { useFormat } from '@/lib/i18n';
import type { NetworkNode, NetworkTie } from '../api/network';

type SortKey = 'name' | 'degree' | 'betweenness' | 'closeness';

/** The measures per member, sortable: the accessible twin of the picture. */
export function NetworkMeasuresTable({ nodes, selected, onSelect }: { nodes: NetworkNode[]; selected: string | null; onSelect: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'betweenness', descending: true });
  const sorted = [...nodes].sort((x, y) => {
    const by = sort.key === 'name' ? x.organisation.name.localeCompare(y.organisation.name, i18n.language) : (x[sort.key] as number) - (y[sort.key] as number);
    return (sort.descending ? -by : by) || x.organisation.name.localeCompare(y.organisation.name, i18n.language);
  });
  const header = (key: SortKey, label: string) => (
    <button type="button" className="table__sort" onClick={() => setSort((now) => ({ key, descending: now.key === key ? !now.descending : key !== 'name' }))}>
      {label}
      <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ↓' : ' ↑') : ''}</span>
    </button>
  );
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined);
  return (
    <DataTable
      caption={t('network.table.caption')}
      rows={sorted}
      rowKey={(n) => n.id}
      rowProps={(n) => (n.id === selected ? { 'aria-current': 'true', className: 'table__row--current' } : {})}
      columns={[
        {
          key: 'name',
          header: header('name', t('network.table.organisation')),
          label: t('network.table.organisation'),
          rowHeader: true,
          sort: ariaSort('name'),
          cell: (n) => n.organisation.name,
        },
        { key: 'role', header: t('network.table.role'), cell: (n) => t(`roles.${n.role}`) },
        {
          key: 'degree',
          header: header('degree', t('network.measures.degree')),
          label: t('network.measures.degree'),
          className: 'table__numeric',
          sort: ariaSort('degree'),
          cell: (n) => format.number(n.degree),
        },
        {
          key: 'betweenness',
          header: header('betweenness', t('network.measures.betweenness')),
          label: t('network.measures.betweenness'),
          className: 'table__numeric',
          sort: ariaSort('betweenness'),
          cell: (n) => format.percent(n.betweenness),
        },
        {
          key: 'closeness',
          header: header('closeness', t('network.measures.closeness')),
          label: t('network.measures.closeness'),
          className: 'table__numeric',
          sort: ariaSort('closeness'),
          cell: (n) => format.percent(n.closeness),
        },
        {
          key: 'notes',
          header: t('network.table.notes'),
          cell: (n) => [n.broker ? t('network.table.broker') : null, n.isolated ? t('network.table.isolated') : null].filter(Boolean).join(', ') || '–',
        },
        {
          key: 'show',
          header: t('network.table.show'),
          headerHidden: true,
          label: false,
          cell: (n) => (
            <Button size="sm" variant="ghost" onClick={() => onSelect(n.id)} aria-label={t('network.table.showNamed', { name: n.organisation.name })}>
              {t('network.table.show')}
            </Button>
          ),
        },
      ]}
    />
  );
}

/** Each member with the members it is tied to and where each tie comes from (the adjacency list). */
export function NetworkTiesList({ nodes, ties, only }: { nodes: NetworkNode[]; ties: NetworkTie[]; only?: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const name = new Map(nodes.map((n) => [n.id, n.organisation.name]));
  const of = (id: string) =>
    ties
      .filter((x) => x.a === id || x.b === id)
      .map((x) => ({ other: x.a === id ? x.b : x.a, tie: x }))
      .sort((x, y) => (name.get(x.other) ?? '').localeCompare(name.get(y.other) ?? '', i18n.language));
  const shown = only ? nodes.filter((n) => n.id === only) : nodes;
  const describeTie = (tie: NetworkTie) =>
    tie.sources
      .map((s) =>
        t('network.ties.source', {
          source: t(`network.sources.${s.source}`),
          count: s.weight,
          since: s.since ? format.date(s.since) : '–',
        }),
      )
      .join('; ') + (tie.kinds.length ? ` (${tie.kinds.map((k) => t(`network.kinds.${k}`)).join(', ')})` : '');
  return (
    <ul className="network-ties">
      {shown.map((n) => {
        const list = of(n.id);
        return (
          <li key={n.id} className="network-ties__member">
            {only ? null : <h3 className="network-ties__name">{n.organisation.name}</h3>}
            {list.length ? (
              <ul className="network-ties__list">
                {list.map(({ other, tie }) => (
                  <li key={other}>
                    <strong>{name.get(other)}</strong>: {describeTie(tie)}
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
