import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { portfolio } from './dashboard-fixtures';
import { FundingPortfolio } from './funding-portfolio';

// The machine is shared; a first render with charts can take a few seconds under load.
configure({ asyncUtilTimeout: 5000 });

describe('FundingPortfolio', () => {
  it('shows one card per funded alliance with indicators, completeness and a way in', async () => {
    mockGraphQL({ FundingPortfolio: { data: { fundingPortfolio: portfolio } } });
    renderWithProviders(<FundingPortfolio />);

    const card = await screen.findByRole('article', { name: 'Bildungsbündnis Musterstadt' });
    expect(card).toHaveTextContent('November 2026 (offen): 6 von 20 Meldungen freigegeben (30 %)');
    const items = within(card).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('heading', { level: 4 })).toHaveTextContent('Kinder in Leseförderung');
    // Shown with the indicator's own decimal places (1), not the raw 1234.56.
    expect(items[0]).toHaveTextContent('Letzter Wert: 1.234,6 Kinder (November 2026)');
    expect(items[0]).toHaveTextContent('Neuer: 31,0 Kinder (Dezember 2026) · vorläufig · 1 von 15 Meldungen');
    expect(items[0]).toHaveTextContent('98 % des Zielwerts (1.260,0 Kinder)');
    expect(within(items[0]!).getByText('Auf Kurs')).toBeInTheDocument();
    expect(within(items[0]!).getByRole('figure')).toHaveTextContent(
      'Verlauf: Okt. 26: 1.190,0 Kinder, Nov. 26: 1.234,5 Kinder, Dez. 26: 31,0 Kinder (vorläufig)',
    );
    expect(within(items[0]!).getByRole('figure')).toHaveAttribute('data-provisional', 'true');
    expect(items[1]).toHaveTextContent('Noch kein freigegebener Wert');
    expect(items[1]).not.toHaveTextContent('vorläufig');
    expect(within(items[1]!).getByText('Keine Daten')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Dashboard öffnen: Bildungsbündnis Musterstadt' })).toHaveAttribute('href', '/a/a-1/dashboard');

    const climate = screen.getByRole('article', { name: 'Klimaallianz Nordkreis' });
    expect(climate).toHaveTextContent('Noch kein Meldezeitraum.');
    expect(climate).toHaveTextContent('Noch keine aktiven Indikatoren.');
  });

  it('tells a non-funder that there is nothing to compare', async () => {
    mockGraphQL({ FundingPortfolio: { data: { fundingPortfolio: [] } } });
    renderWithProviders(<FundingPortfolio />);
    expect(await screen.findByRole('heading', { name: 'Kein gefördertes Bündnis' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zu Ihren Bündnissen' })).toHaveAttribute('href', '/alliances');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});
