import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import { useFormat } from '@/lib/i18n';
import type { ProposalDetail } from '../api/get-proposal';

/** The indicator's values as they stood when the proposal was made: period, value and number of reports. */
export function ProposalSnapshot({ snapshot }: { snapshot: NonNullable<ProposalDetail['indicatorSnapshot']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card log-section" aria-labelledby="snapshot-title">
      <h2 id="snapshot-title" className="section__title">
        {t('communication.proposals.snapshot', { name: snapshot.name })}
      </h2>
      <p className="muted">{t('communication.proposals.snapshotText', { date: format.dateTime(snapshot.takenAt) })}</p>
      <DataTable
        caption={t('communication.proposals.snapshot', { name: snapshot.name })}
        rows={snapshot.periods.map((period, i) => ({ period, i }))}
        rowKey={(r) => r.period}
        columns={[
          { key: 'period', header: t('communication.proposals.period'), rowHeader: true, cell: (r) => r.period },
          {
            key: 'value',
            header: t('communication.proposals.value', { unit: snapshot.unit }),
            className: 'table__numeric',
            cell: (r) => format.number(snapshot.values[r.i]),
          },
          { key: 'reports', header: t('communication.proposals.reports'), className: 'table__numeric', cell: (r) => format.number(snapshot.reportCounts[r.i]) },
        ]}
      />
    </section>
  );
}
