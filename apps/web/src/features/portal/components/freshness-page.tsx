import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useFreshness } from '../api/planning';

const TONE = { DUE: 'info', OVERDUE: 'warning', FLAGGED: 'warning', HIDDEN: 'danger' } as const;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** One calendar of what is due: offers to be confirmed and indicator reports, the next three months plus everything overdue. */
export function FreshnessPage({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const describe = useErrorMessage();
  const today = new Date();
  const to = new Date(today.getTime() + 92 * 86_400_000);
  const entries = useFreshness(allianceId, iso(today), iso(to));
  const months = new Map<string, NonNullable<typeof entries.data>>();
  for (const e of entries.data ?? []) {
    const key = e.dueOn.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), e]);
  }
  return (
    <div className="page">
      <PageHeader eyebrow={t('portal.eyebrow')} title={t('portal.freshnessView.title')} description={t('portal.freshnessView.description')} />
      {entries.isPending ? <LoadingState /> : entries.isError ? <Alert tone="error">{describe(entries.error)}</Alert> : null}
      {[...months.entries()].map(([month, list]) => (
        <section key={month} className="stack">
          <h2>{fmt.date(`${month}-01`).replace(/^\d+\.\s?/, '')}</h2>
          <ul className="card-list">
            {list.map((e) => (
              <li key={`${e.kind}-${e.id}-${e.owner}`} className="card">
                <p>
                  <Badge tone={TONE[e.state as keyof typeof TONE] ?? 'neutral'}>{t(`portal.freshnessView.${e.state}`)}</Badge>{' '}
                  <strong>{e.kind === 'OFFER' ? e.title : t('portal.freshnessView.report', { period: e.title, count: e.count ?? 0 })}</strong>
                </p>
                <p>
                  {e.owner} · {t('portal.freshnessView.dueOn', { date: fmt.date(e.dueOn) })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
