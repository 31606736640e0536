import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { useFormat } from '@/lib/i18n';
import { useImportBatches } from '../api/get-import-batches';

const TONE: Record<string, BadgeTone> = {
  COMMITTED: 'success',
  UNDONE: 'neutral',
  FAILED: 'danger',
  PREVIEWED: 'info',
  UPLOADED: 'neutral',
  CHECKING: 'info',
  COMMITTING: 'info',
};

/** The alliance's batches (the backbone's view: all; others: their own), each opened to see or undo it. */
export function BatchList({ allianceId, onOpen }: { allianceId: string; onOpen: (batchId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const batches = useImportBatches(allianceId);
  return (
    <section className="card import-section" aria-labelledby="import-list-heading">
      <h2 id="import-list-heading" className="card__title">
        {t('imports.list.heading')}
      </h2>
      <DataTable
        caption={t('imports.list.caption')}
        cards
        rows={batches.data?.nodes ?? []}
        rowKey={(b) => b.id}
        empty={<p>{t('imports.list.empty')}</p>}
        columns={[
          { key: 'file', header: t('imports.list.file'), rowHeader: true, cell: (b) => b.fileName },
          { key: 'kind', header: t('imports.list.kind'), cell: (b) => t(`imports.kinds.${b.kind}`, { defaultValue: b.kind }) },
          { key: 'status', header: t('imports.list.status'), cell: (b) => <Badge tone={TONE[b.status] ?? 'neutral'}>{t(`imports.status.${b.status}`)}</Badge> },
          { key: 'rows', header: t('imports.list.rows'), className: 'table__numeric', cell: (b) => format.number(b.rowCount) },
          { key: 'by', header: t('imports.list.by'), className: 'table__optional', cell: (b) => b.createdByName ?? '' },
          { key: 'at', header: t('imports.list.at'), cell: (b) => format.dateTime(b.createdAt) },
          {
            key: 'open',
            header: t('imports.list.open'),
            headerHidden: true,
            cell: (b) => (
              <Button size="sm" onClick={() => onOpen(b.id)} aria-label={t('imports.list.openLabel', { file: b.fileName })}>
                {t('imports.list.open')}
              </Button>
            ),
          },
        ]}
      />
    </section>
  );
}
