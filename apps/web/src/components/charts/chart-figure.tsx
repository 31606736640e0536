import { useId, type ReactNode } from 'react';
import { DataTable } from '@/components/ui/data-table';

export interface ChartTable {
  /** Text of the disclosure that shows the numbers, e.g. "Werte als Tabelle". */
  label: string;
  /** Header of the first column (the categories). */
  categoryHeader: string;
  columns: string[];
  rows: { label: string; cells: string[] }[];
}

/**
 * A chart with its caption and the same numbers as a table. The drawing is hidden from
 * assistive technology; the table, one click away, carries the data for everyone.
 */
export function ChartFigure({ caption, table, legend, children }: { caption: ReactNode; table: ChartTable; legend?: ReactNode; children: ReactNode }) {
  const captionId = useId();
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart__caption">
        {caption}
      </figcaption>
      <div className="chart__plot" aria-hidden="true">
        {children}
      </div>
      {legend}
      <details className="chart__data">
        <summary>{table.label}</summary>
        <DataTable
          className="table--compact"
          rows={table.rows}
          rowKey={(row) => row.label}
          columns={[
            { key: 'category', header: table.categoryHeader, rowHeader: true, cell: (row) => row.label },
            ...table.columns.map((column, index) => ({
              key: column,
              header: column,
              className: 'table__numeric',
              cell: (row: ChartTable['rows'][number]) => row.cells[index],
            })),
          ]}
        />
      </details>
    </figure>
  );
}

/** Colour key of a chart; the colours only repeat what the text says. */
export function ChartLegend({ items }: { items: { key: string; label: string; color: string }[] }) {
  return (
    <ul className="chart__legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.key}>
          <span className="chart__swatch" style={{ background: item.color }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
