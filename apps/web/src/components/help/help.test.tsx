import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { FirstSteps } from './first-steps';
import { GLOSSARY_TERMS } from './glossary';
import { TermHelp } from './term-help';

describe('help beside the terms', () => {
  beforeEach(() => localStorage.clear());

  it('explains a term in a note that Escape closes, with a link into the glossary', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TermHelp term="overlap" />);
    const button = screen.getByRole('button', { name: 'Was bedeutet „Überschneidung“?' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(/dieselben Menschen von zwei Mitgliedern gezählt/);
    expect(within(note).getByRole('link', { name: 'Mehr im Glossar' })).toHaveAttribute('href', '/help#term-overlap');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('has a term and a definition in both languages for every glossary entry', async () => {
    const { i18n } = await import('@/lib/i18n');
    for (const lng of ['de', 'en']) {
      for (const term of GLOSSARY_TERMS) {
        for (const part of ['term', 'definition']) {
          const key = `help.terms.${term}.${part}`;
          expect(i18n.exists(key, { lng }), `${lng}: ${key}`).toBe(true);
        }
      }
    }
  });

  it('guides each role through its first steps until closed, and stays closed', async () => {
    const user = userEvent.setup();
    const { unmount } = renderWithProviders(<FirstSteps role="PARTNER" />);
    const guide = screen.getByRole('region', { name: 'Erste Schritte' });
    expect(within(guide).getAllByRole('listitem')[0]).toHaveTextContent(/Unter „Meldungen“ die Werte Ihrer Organisation/);
    await user.click(within(guide).getByRole('button', { name: 'Hinweise schließen' }));
    expect(screen.queryByRole('region', { name: 'Erste Schritte' })).not.toBeInTheDocument();
    unmount();
    renderWithProviders(<FirstSteps role="PARTNER" />);
    expect(screen.queryByRole('region', { name: 'Erste Schritte' })).not.toBeInTheDocument();
    // Another role in another alliance still gets its own guide.
    renderWithProviders(<FirstSteps role="BACKBONE" />);
    expect(screen.getByRole('region', { name: 'Erste Schritte' })).toHaveTextContent(/Eingereichte Werte unter „Prüfung“ freigeben/);
  });
});
