import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable, type DataColumn } from './data-table';

interface Fruit {
  id: string;
  name: string;
  count: number;
}

const rows: Fruit[] = [
  { id: 'a', name: 'Apfel', count: 3 },
  { id: 'b', name: 'Birne', count: 5 },
];

const columns: DataColumn<Fruit>[] = [
  { key: 'name', header: 'Sorte', rowHeader: true, className: 'table__primary', cell: (f) => f.name },
  { key: 'count', header: 'Anzahl', className: 'table__numeric', cell: (f) => f.count },
  { key: 'actions', header: 'Aktionen', headerHidden: true, className: 'table__actions', cell: (f) => <button type="button">Bearbeiten {f.name}</button> },
];

describe('DataTable', () => {
  it('names the table by its caption, the columns by headers with scope and each row by its row header', () => {
    render(<DataTable caption="Obst im Lager" columns={columns} rows={rows} rowKey={(f) => f.id} />);
    const table = screen.getByRole('table', { name: 'Obst im Lager' });
    expect(table).toHaveClass('table');
    expect(table).not.toHaveClass('table--cards');
    expect(table.parentElement).toHaveClass('table-wrap');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(headers[1]).toHaveClass('table__numeric');
    // The actions header is read, not seen.
    expect(within(headers[2]!).getByText('Aktionen')).toHaveClass('visually-hidden');
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((h) => h.textContent)).toEqual(['Apfel', 'Birne']);
    expect(rowHeaders[0]).toHaveAttribute('scope', 'row');
    // Without the phone card layout no cell carries a label.
    expect(table.querySelector('[data-label]')).toBeNull();
  });

  it('labels each data cell in the phone card layout, but not the row header or a hidden header', () => {
    render(<DataTable caption="Obst" columns={columns} rows={rows} rowKey={(f) => f.id} cards className="fruit-table" />);
    const table = screen.getByRole('table', { name: 'Obst' });
    expect(table.className).toBe('table table--cards fruit-table');
    const firstRow = within(table).getAllByRole('row')[1]!;
    const cells = within(firstRow).getAllByRole('cell');
    expect(cells.map((c) => c.getAttribute('data-label'))).toEqual(['Anzahl', null]);
    expect(within(firstRow).getByRole('rowheader')).not.toHaveAttribute('data-label');
  });

  it('takes a label that differs from the header, and leaves it out when told', () => {
    const labelled: DataColumn<Fruit>[] = [
      { key: 'count', header: <abbr title="Anzahl">Anz.</abbr>, label: 'Anzahl', cell: (f) => f.count },
      { key: 'name', header: 'Sorte', label: false, cell: (f) => f.name },
    ];
    render(<DataTable caption="Obst" columns={labelled} rows={rows} rowKey={(f) => f.id} cards />);
    const cells = within(screen.getAllByRole('row')[1]!).getAllByRole('cell');
    expect(cells.map((c) => c.getAttribute('data-label'))).toEqual(['Anzahl', null]);
  });

  it('shows the empty state instead of an empty table, and an empty table when none is given', () => {
    const { rerender } = render(<DataTable caption="Obst" columns={columns} rows={[]} rowKey={(f) => f.id} empty={<p>Kein Obst da.</p>} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Kein Obst da.')).toBeInTheDocument();
    rerender(<DataTable caption="Obst" columns={columns} rows={[]} rowKey={(f) => f.id} />);
    expect(screen.getByRole('table', { name: 'Obst' })).toBeInTheDocument();
  });

  it('marks the sorted column for assistive technology', () => {
    const sorted: DataColumn<Fruit>[] = [{ ...columns[0]!, sort: 'ascending' }, columns[1]!];
    render(<DataTable caption="Obst" columns={sorted} rows={rows} rowKey={(f) => f.id} />);
    const [name, count] = screen.getAllByRole('columnheader');
    expect(name).toHaveAttribute('aria-sort', 'ascending');
    expect(count).not.toHaveAttribute('aria-sort');
  });

  it('skips columns given as false, passes row attributes, and renders without the wrapper when told', () => {
    render(
      <DataTable
        caption="Obst"
        captionClassName="table__caption"
        captionId="obst"
        columns={[columns[0], false, columns[1]]}
        rows={rows}
        rowKey={(f) => f.id}
        rowProps={(f) => ({ className: f.count > 4 ? 'is-many' : undefined })}
        wrap={false}
        footer={
          <tr>
            <th scope="row">Summe</th>
            <td>8</td>
          </tr>
        }
      />,
    );
    const table = screen.getByRole('table', { name: 'Obst' });
    expect(table.parentElement).not.toHaveClass('table-wrap');
    expect(screen.getByText('Obst')).toHaveAttribute('id', 'obst');
    expect(screen.getByText('Obst')).toHaveClass('table__caption');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(2);
    expect(screen.getByRole('row', { name: /Birne/ })).toHaveClass('is-many');
    expect(table.querySelector('tfoot')).toHaveTextContent('Summe8');
  });
});

describe('DataTable without a caption', () => {
  it('leaves the caption out when none is given (a chart names its data table by the figure)', () => {
    const { container } = render(<DataTable columns={columns} rows={rows} rowKey={(f) => f.id} />);
    expect(container.querySelector('caption')).toBeNull();
    expect(container.querySelector('table')).toHaveClass('table');
  });
});
