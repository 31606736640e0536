import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkFilterInput } from '@/gql/graphql';
import { SelectField } from '@/components/ui/field';
import { useNetworkPath, type NetworkNode } from '../api/network';

/** "How does A reach B?": the shortest way through others, with its number of steps. */
export function PathFinder({
  allianceId,
  nodes,
  filter,
  onPath,
}: {
  allianceId: string;
  nodes: NetworkNode[];
  filter: NetworkFilterInput;
  onPath: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const path = useNetworkPath(allianceId, from || null, to || null, filter);
  const ids = path.data?.path.map((n) => n.id) ?? [];
  const key = ids.join(',');
  useEffect(() => onPath(key ? key.split(',') : []), [key, onPath]);
  const options = [{ value: '', label: t('network.path.choose') }, ...nodes.map((n) => ({ value: n.id, label: n.organisation.name }))];
  return (
    <section className="network__section network-path" aria-labelledby="network-path">
      <h2 id="network-path">{t('network.path.title')}</h2>
      <div className="network-path__fields">
        <SelectField label={t('network.path.from')} value={from} onChange={(e) => setFrom(e.target.value)} options={options} optional />
        <SelectField label={t('network.path.to')} value={to} onChange={(e) => setTo(e.target.value)} options={options} optional />
      </div>
      <div aria-live="polite" className="network-path__result">
        {from && to && from === to ? <p>{t('network.path.same')}</p> : null}
        {path.data ? (
          path.data.distance === null ? (
            <p>{t('network.path.none')}</p>
          ) : (
            <>
              <p>
                <strong>{t('network.path.distance', { count: path.data.distance })}</strong>
              </p>
              <ol className="network-path__steps">
                {path.data.path.map((n) => (
                  <li key={n.id}>{n.organisation.name}</li>
                ))}
              </ol>
            </>
          )
        ) : null}
      </div>
    </section>
  );
}
