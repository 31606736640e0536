import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import type { ImportBatch } from '../api/get-import-batch';
import { useImportRows } from '../api/get-import-rows';

/** The rows as read with their problems in the reader's language; rows with problems first when there are some. */
export function PreviewRows({ allianceId, batch }: { allianceId: string; batch: ImportBatch }) {
  const { t } = useTranslation();
  const [onlyProblems, setOnlyProblems] = useState(batch.errorRows > 0);
  const [after, setAfter] = useState<string | null>(null);
  const rows = useImportRows(allianceId, batch.id, batch.version, onlyProblems, after);
  const page = rows.data;
  const mapped = batch.columns.slice().sort((a, b) => a.column - b.column);

  return (
    <div className="import-preview">
      {batch.errorRows > 0 ? (
        <div className="import-preview__filter" role="group" aria-label={t('imports.preview.caption')}>
          <Button
            size="sm"
            variant={onlyProblems ? 'primary' : 'secondary'}
            aria-pressed={onlyProblems}
            onClick={() => (setOnlyProblems(true), setAfter(null))}
          >
            {t('imports.preview.onlyProblems')}
          </Button>
          <Button
            size="sm"
            variant={!onlyProblems ? 'primary' : 'secondary'}
            aria-pressed={!onlyProblems}
            onClick={() => (setOnlyProblems(false), setAfter(null))}
          >
            {t('imports.preview.allRows')}
          </Button>
        </div>
      ) : null}
      <DataTable
        caption={t('imports.preview.caption')}
        cards
        rows={page?.nodes ?? []}
        rowKey={(r) => String(r.rowNo)}
        rowProps={(r) => ({ className: r.problems.length ? 'import-preview__row--problem' : undefined })}
        columns={[
          { key: 'row', header: t('imports.preview.row'), rowHeader: true, className: 'table__numeric', cell: (r) => `${t('imports.preview.row')} ${r.rowNo}` },
          {
            key: 'problems',
            header: t('imports.preview.problems'),
            cell: (r) =>
              r.problems.length ? (
                <ul className="import-preview__problems">
                  {r.problems.map((p, i) => (
                    <li key={i}>{p.message}</li>
                  ))}
                </ul>
              ) : (
                t('imports.preview.ok')
              ),
          },
          ...mapped.map((c) => ({
            key: `c${c.column}`,
            header: batch.headers[c.column] ?? '',
            cell: (r: NonNullable<typeof page>['nodes'][number]) => r.cells[c.column] ?? '',
          })),
        ]}
      />
      {page?.pageInfo.hasNextPage ? (
        <Button size="sm" onClick={() => setAfter(page.pageInfo.endCursor ?? null)}>
          {t('imports.preview.more')}
        </Button>
      ) : null}
    </div>
  );
}
