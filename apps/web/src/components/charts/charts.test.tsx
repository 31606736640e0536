import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StackedBars } from './column-chart';
import { Sparkline } from './sparkline';
import { TargetProgress } from './target-progress';

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', NoResizeObserver);
});

describe('charts', () => {
  it('gives a bar chart a caption and its numbers as a table behind a disclosure', async () => {
    render(
      <StackedBars
        caption="Meldungen je Zeitraum"
        tableLabel="Werte als Tabelle"
        categoryHeader="Zeitraum"
        series={[
          { key: 'approved', label: 'Freigegeben', color: '#0e5a61' },
          { key: 'missing', label: 'Fehlt', color: '#9aa8a5' },
        ]}
        data={[
          { label: 'Okt. 26', values: { approved: 9, missing: 6 } },
          { label: 'Nov. 26', values: { approved: 0, missing: null } },
        ]}
        formatValue={(v) => (v === null ? '–' : String(v))}
      />,
    );
    const figure = screen.getByRole('figure', { name: 'Meldungen je Zeitraum' });
    await userEvent.click(within(figure).getByText('Werte als Tabelle'));
    const rows = within(figure).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['ZeitraumFreigegebenFehlt', 'Okt. 2696', 'Nov. 260–']);
    // The drawing itself is hidden from assistive technology; the table speaks for it.
    expect(figure.querySelector('.chart__plot')).toHaveAttribute('aria-hidden', 'true');
  });

  it('draws no chart when every value is zero or missing (the card says so in words)', () => {
    const { container } = render(
      <StackedBars
        caption="Wartende Meldungen"
        tableLabel="Werte als Tabelle"
        categoryHeader="Zeitraum"
        series={[{ key: 'waiting', label: 'Wartet', color: '#1f4f8a' }]}
        data={[
          { label: 'Q4 26', values: { waiting: 0 } },
          { label: '2026', values: { waiting: null } },
        ]}
        formatValue={(v) => String(v)}
      />,
    );
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(container).toBeEmptyDOMElement();
  });

  it('describes a sparkline in words', () => {
    render(
      <Sparkline
        points={[
          { period: '2026-10', value: 3 },
          { period: '2026-11', value: 5 },
        ]}
        target={6}
        description="Verlauf: Okt. 26: 3, Nov. 26: 5"
      />,
    );
    expect(screen.getByRole('figure')).toHaveTextContent('Verlauf: Okt. 26: 3, Nov. 26: 5');
  });

  it('draws a provisional point hollow and the segment leading to it dashed', async () => {
    const { container } = render(
      <Sparkline
        points={[
          { period: '2026-09', value: 100 },
          { period: '2026-10', value: 98 },
          { period: '2026-11', value: 31, provisional: true },
        ]}
        description="Verlauf: Sept. 26: 100, Okt. 26: 98, Nov. 26: 31 (vorläufig)"
      />,
    );
    expect(screen.getByRole('figure')).toHaveAttribute('data-provisional', 'true');
    // The drawing arrives in its own chunk (lazy), after the figure and its description.
    const hollow = await waitFor(() => {
      const found = container.querySelectorAll('.sparkline__provisional');
      expect(found).toHaveLength(1);
      return found;
    });
    expect(hollow[0]).toHaveAttribute('fill', '#fff');
    // One solid line (Sep–Oct) and one dashed line (Oct–Nov).
    const dashed = [...container.querySelectorAll('path.recharts-line-curve')].filter((p) => p.getAttribute('stroke-dasharray') === '3 2');
    expect(dashed).toHaveLength(1);
  });

  it('draws no provisional line when every value is complete', () => {
    const { container } = render(
      <Sparkline
        points={[
          { period: '2026-10', value: 3 },
          { period: '2026-11', value: 5 },
        ]}
        description="Verlauf"
      />,
    );
    expect(screen.getByRole('figure')).not.toHaveAttribute('data-provisional');
    expect(container.querySelectorAll('.sparkline__provisional')).toHaveLength(0);
  });

  it('draws target progress as a bar with the text beside it, full beyond the target', () => {
    const { container } = render(<TargetProgress share={1.3} text="130 % des Zielwerts" tone="good" />);
    expect(screen.getByText('130 % des Zielwerts')).toBeInTheDocument();
    expect(container.querySelector('.target-progress__bar')).toHaveStyle({ width: '100%' });
  });
});
