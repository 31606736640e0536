import { configure, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { health, NoResizeObserver } from './dashboard-fixtures';
import { HealthView } from './health-view';

// The machine is shared; a first render with charts can take a few seconds under load.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', NoResizeObserver);
});

describe('HealthView', () => {
  it('shows every health card with its numbers in words and a link into the area', async () => {
    const api = mockGraphQL({ AllianceHealth: { data: { allianceHealth: health } } });
    renderWithProviders(<HealthView allianceId="a-1" />);

    const completeness = await screen.findByRole('region', { name: 'Meldestand der offenen Zeiträume' });
    expect(completeness).toHaveTextContent('12 von 30 erwarteten Meldungen sind freigegeben (40 %).');
    expect(completeness).toHaveTextContent('November 2026: 30 % freigegeben, 8 fehlen · Frist 10.12.2026');
    expect(within(completeness).getByRole('link', { name: /Zu den Meldungen/ })).toHaveAttribute('href', '/reporting');
    // The stacked bars carry their numbers as a table too: approved, waiting, begun, missing.
    const rows = within(completeness).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('ZeitraumFreigegebenWartet auf PrüfungEntwurf oder zurückgewiesenFehlt');
    expect(rows[1]).toHaveTextContent('Nov. 26' + '6' + '3' + '3' + '8');

    const reviews = screen.getByRole('region', { name: 'Prüfliste' });
    expect(reviews).toHaveTextContent('3 Meldungen warten auf Prüfung.');
    expect(within(reviews).getByRole('link', { name: /Zur Prüfliste/ })).toHaveAttribute('href', '/review');

    expect(screen.getByRole('region', { name: 'Abdeckung der Ziele' })).toHaveTextContent('6 von 8 Zielen haben eine laufende Aktivität.');
    expect(screen.getByRole('region', { name: 'Abdeckung der Ziele' })).toHaveTextContent('2 Ziele ohne laufende Aktivität');
    expect(screen.getByRole('region', { name: 'Austausch' })).toHaveTextContent('8 Einträge in den letzten 3 Monaten.');

    const silent = screen.getByRole('region', { name: 'Stille Mitglieder' });
    expect(silent).toHaveTextContent('1 Mitglied hat noch nie beigetragen.');
    expect(silent).toHaveTextContent('Volkshochschule: seit 45 Tagen still (zuletzt am 22.10.2026)');

    expect(screen.getByRole('region', { name: 'Überfällige Aufgaben' })).toHaveTextContent(
      'Raumplanung klären · Jugendtreff Oststadt e.V. · seit 16 Tagen überfällig (fällig am 20.11.2026)',
    );

    const signatures = screen.getByRole('region', { name: 'Unterschriften' });
    expect(signatures).toHaveTextContent('Version 2: 2 von 3 aktiven Mitgliedern haben unterzeichnet.');
    expect(within(signatures).getByRole('listitem')).toHaveTextContent('Jobcenter Musterstadt');
    expect(api.callsOf('AllianceHealth')[0]!.variables).toEqual({ allianceId: 'a-1' });
  });

  it('explains a refusal instead of showing empty cards', async () => {
    mockGraphQL({ AllianceHealth: gqlError('FORBIDDEN', 'Nur die Geschäftsstelle darf das.') });
    renderWithProviders(<HealthView allianceId="a-1" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Die Lage des Bündnisses konnte nicht geladen werden.');
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });
});
