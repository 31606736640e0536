import { useId, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import { ScrollRegion } from './scroll-region';

/** One column of a {@link DataTable}: its header and how a row fills its cell. */
export interface DataColumn<Row> {
  /** Stable key of the column (React key). */
  key: string;
  header: ReactNode;
  /** The header is there for assistive technology only (an actions or check box column). */
  headerHidden?: boolean;
  /** Classes on the header cell and on every body cell of the column (`table__numeric`, `table__optional`). */
  className?: string;
  /** Classes on the header cell only. */
  headerClassName?: string;
  /** Classes on the body cells only. */
  cellClassName?: string;
  /** The cell that names the row (`<th scope="row">`); at most one column should say so. */
  rowHeader?: boolean;
  /**
   * What the cell is called in the phone card layout (`data-label`). Defaults to the header when
   * it is text; row headers and hidden headers have none. `false` leaves it out.
   */
  label?: string | false;
  /** The column the rows are sorted by: `aria-sort` on the header and an arrow beside it. */
  sort?: 'ascending' | 'descending';
  cell: (row: Row, index: number) => ReactNode;
}

/**
 * The one table of the app (styles/tables.css): a caption (visually hidden unless told
 * otherwise), column headers with `scope`, an optional row header column, and on a phone the
 * `table--cards` layout where each row becomes a card and each cell names itself by `data-label`.
 * Without rows it shows `empty` instead, when given.
 */
export function DataTable<Row>({
  caption,
  captionClassName = 'visually-hidden',
  captionId,
  columns,
  rows,
  rowKey,
  rowProps,
  cards = false,
  className,
  empty,
  wrap = true,
  tableRef,
  footer,
}: {
  /** Names the table; leave it out only where the table is named otherwise (a chart's data under its figure). */
  caption?: ReactNode;
  captionClassName?: string;
  captionId?: string;
  columns: (DataColumn<Row> | false | null | undefined)[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** Attributes of a body row (class, aria-current …). */
  rowProps?: (row: Row, index: number) => HTMLAttributes<HTMLTableRowElement>;
  /** Rows become cards on a phone (`table--cards`). */
  cards?: boolean;
  /** More classes on the table itself. */
  className?: string;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /** Wraps the table in `.table-wrap` (border, sideways scrolling on narrow screens). */
  wrap?: boolean;
  tableRef?: Ref<HTMLTableElement>;
  /** Rows of a `<tfoot>` (sums). */
  footer?: ReactNode;
}) {
  const ownCaptionId = useId();
  const captionKey = captionId ?? ownCaptionId;
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const shown = columns.filter((c): c is DataColumn<Row> => Boolean(c));
  const table = (
    <table className={['table', cards ? 'table--cards' : '', className ?? ''].filter(Boolean).join(' ')} ref={tableRef}>
      {caption !== undefined ? (
        <caption id={captionKey} className={captionClassName || undefined}>
          {caption}
        </caption>
      ) : null}
      <thead>
        <tr>
          {shown.map((c) => (
            <th key={c.key} scope="col" className={classes(c.className, c.headerClassName)} aria-sort={c.sort}>
              {c.headerHidden ? <span className="visually-hidden">{c.header}</span> : c.header}
              {c.sort ? (
                <span className="table__sort" aria-hidden="true">
                  {c.sort === 'ascending' ? ' ▲' : ' ▼'}
                </span>
              ) : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)} {...rowProps?.(row, index)}>
            {shown.map((c) => {
              const className = classes(c.className, c.cellClassName);
              if (c.rowHeader)
                return (
                  <th key={c.key} scope="row" className={className}>
                    {c.cell(row, index)}
                  </th>
                );
              return (
                <td key={c.key} className={className} data-label={cards ? labelOf(c) : undefined}>
                  {c.cell(row, index)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      {footer ? <tfoot>{footer}</tfoot> : null}
    </table>
  );
  return wrap ? (
    <ScrollRegion className="table-wrap" labelledBy={caption !== undefined ? captionKey : undefined}>
      {table}
    </ScrollRegion>
  ) : (
    table
  );
}

function classes(...names: (string | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}

function labelOf<Row>(c: DataColumn<Row>): string | undefined {
  if (c.label === false) return undefined;
  if (c.label !== undefined) return c.label;
  return !c.headerHidden && typeof c.header === 'string' ? c.header : undefined;
}
