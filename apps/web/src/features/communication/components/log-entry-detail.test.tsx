import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { actionItem, entry, JUGENDTREFF, logContext } from '../testing/fixtures';
import { LogEntryDetail } from './log-entry-detail';

const backbone = { role: 'BACKBONE' as const, membershipId: 'm-1' };
const partner = { role: 'PARTNER' as const, membershipId: 'm-2' };
const funder = { role: 'FUNDER' as const, membershipId: 'm-3' };

const detail = (overrides: Record<string, unknown> = {}) => ({
  data: {
    logEntry: {
      ...entry(),
      comments: [
        {
          id: 'c-1',
          body: 'Einverstanden.',
          createdAt: '2026-11-11T09:00:00.000Z',
          canDelete: true,
          authorMember: JUGENDTREFF,
          authorUser: { id: 'u-2', name: 'Deniz Yılmaz' },
        },
      ],
      actionItems: [
        actionItem({ id: 'ai-1', title: 'Raum anfragen', owner: JUGENDTREFF, overdue: true, dueOn: '2026-11-30', version: 4 }),
        actionItem({
          id: 'ai-2',
          title: 'Protokoll verschicken',
          done: true,
          doneAt: '2026-11-16T08:00:00.000Z',
          doneBy: { id: 'u-1', name: 'Petra Schneider' },
        }),
      ],
      ...overrides,
    },
  },
});

describe('LogEntryDetail', { timeout: 20_000 }, () => {
  it('lets an owner complete its action item with the version it saw; others see no buttons', async () => {
    const api = mockGraphQL({
      LogContext: logContext,
      LogEntry: detail(),
      CompleteActionItem: (v) => ({ data: { completeActionItem: actionItem({ id: v.input.actionItemId, done: true, version: 5 }) } }),
    });
    const user = userEvent.setup();
    renderWithProviders(<LogEntryDetail allianceId="a-1" entryId="e-1" viewer={partner} />);

    const items = (await screen.findByRole('heading', { name: 'Aufgaben (2)' })).closest('section')!;
    expect(within(items).getByText(/Überfällig seit \d+ Tagen \(fällig am 30\.11\.2026\)/)).toBeInTheDocument();
    expect(within(items).getByText('erledigt am 16.11.2026 von Petra Schneider')).toBeInTheDocument();
    // The backbone's item is not the partner's to reopen.
    expect(within(items).queryByRole('button', { name: /Wieder öffnen/ })).not.toBeInTheDocument();

    await user.click(within(items).getByRole('button', { name: 'Erledigt – Raum anfragen' }));
    await waitFor(() => expect(api.callsOf('CompleteActionItem')).toHaveLength(1));
    expect(api.callsOf('CompleteActionItem')[0]!.variables).toEqual({ input: { allianceId: 'a-1', actionItemId: 'ai-1', version: 4 } });
    // The entry is read again afterwards.
    await waitFor(() => expect(api.callsOf('LogEntry').length).toBeGreaterThan(1));
    // Partners edit only entries of their own organisation: canEdit decides.
    expect(screen.getByRole('button', { name: 'Bearbeiten' })).toBeInTheDocument();
  });

  it('after a conflict on completing shows who completed the item meanwhile and offers only to reload', async () => {
    let stored = detail();
    const api = mockGraphQL({
      LogContext: logContext,
      LogEntry: () => stored,
      CompleteActionItem: () => {
        stored = detail({
          actionItems: [
            actionItem({
              id: 'ai-1',
              title: 'Raum anfragen',
              owner: JUGENDTREFF,
              done: true,
              doneAt: '2026-12-03T08:00:00.000Z',
              doneBy: { id: 'u-2', name: 'Deniz Yılmaz' },
              version: 5,
            }),
          ],
        });
        return gqlError('CONFLICT');
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<LogEntryDetail allianceId="a-1" entryId="e-1" viewer={partner} />);

    await user.click(await screen.findByRole('button', { name: 'Erledigt – Raum anfragen' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('erledigt am 03.12.2026 von Deniz Yılmaz')).toBeInTheDocument();
    expect(within(conflict).queryByRole('button', { name: 'Meine Änderung anwenden' })).not.toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.callsOf('CompleteActionItem')).toHaveLength(1);
  });

  it('completes an item still open after a conflict with the newer version', async () => {
    let stored = detail();
    const api = mockGraphQL({
      LogContext: logContext,
      LogEntry: () => stored,
      CompleteActionItem: (v) => {
        if (v.input.version === 4) {
          stored = detail({ actionItems: [actionItem({ id: 'ai-1', title: 'Raum anfragen', owner: JUGENDTREFF, dueOn: '2026-12-15', version: 5 })] });
          return gqlError('CONFLICT');
        }
        return { data: { completeActionItem: actionItem({ id: 'ai-1', done: true, version: 6 }) } };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<LogEntryDetail allianceId="a-1" entryId="e-1" viewer={partner} />);

    await user.click(await screen.findByRole('button', { name: 'Erledigt – Raum anfragen' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Offen')).toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung anwenden' }));
    await waitFor(() => expect(api.callsOf('CompleteActionItem')).toHaveLength(2));
    expect(api.callsOf('CompleteActionItem')[1]!.variables).toEqual({ input: { allianceId: 'a-1', actionItemId: 'ai-1', version: 5 } });
  });

  it('adds a comment and refuses an empty one without asking the server', async () => {
    const api = mockGraphQL({ LogContext: logContext, LogEntry: detail(), AddComment: { data: { addComment: { id: 'c-2' } } } });
    const user = userEvent.setup();
    renderWithProviders(<LogEntryDetail allianceId="a-1" entryId="e-1" viewer={backbone} />);

    await user.click(await screen.findByRole('button', { name: 'Kommentieren' }));
    expect(screen.getByLabelText('Ihr Kommentar')).toHaveAccessibleDescription(/Bitte füllen Sie dieses Feld aus/);
    expect(api.callsOf('AddComment')).toHaveLength(0);

    await user.type(screen.getByLabelText('Ihr Kommentar'), 'Danke für die Zusammenfassung.');
    await user.click(screen.getByRole('button', { name: 'Kommentieren' }));
    await waitFor(() => expect(api.callsOf('AddComment')).toHaveLength(1));
    expect(api.callsOf('AddComment')[0]!.variables).toEqual({ input: { allianceId: 'a-1', logEntryId: 'e-1', body: 'Danke für die Zusammenfassung.' } });
    await waitFor(() => expect(screen.getByLabelText('Ihr Kommentar')).toHaveValue(''));
  });

  it('shows funders the comments but no comment field without guest comments', async () => {
    mockGraphQL({ LogContext: logContext, LogEntry: detail({ canEdit: false }) });
    renderWithProviders(<LogEntryDetail allianceId="a-1" entryId="e-1" viewer={funder} />);
    expect(await screen.findByText('Einverstanden.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Ihr Kommentar')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bearbeiten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aufgabe anlegen' })).not.toBeInTheDocument();
  });

  it('opens the conflict dialog on a stale edit and re-applies the change on the newest version', async () => {
    let reads = 0;
    const api = mockGraphQL({
      LogContext: logContext,
      LogEntry: () => (++reads === 1 ? detail() : detail({ title: 'Steuerungsgruppe (von Lesestart ergänzt)', version: 4 })),
      UpdateLogEntry: (v) => (v.input.version === 3 ? gqlError('CONFLICT', 'stale') : { data: { updateLogEntry: { id: 'e-1', version: 5 } } }),
    });
    const user = userEvent.setup();
    renderWithProviders(<LogEntryDetail allianceId="a-1" entryId="e-1" viewer={backbone} />);

    await user.click(await screen.findByRole('button', { name: 'Bearbeiten' }));
    const title = screen.getByRole('textbox', { name: 'Titel' });
    await user.clear(title);
    await user.type(title, 'Steuerungsgruppe 10. November');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(dialog).getByText('Steuerungsgruppe (von Lesestart ergänzt)')).toBeInTheDocument();
    expect(within(dialog).getByText('Steuerungsgruppe 10. November')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Meine Änderung anwenden' }));

    await waitFor(() => expect(api.callsOf('UpdateLogEntry')).toHaveLength(2));
    expect(api.callsOf('UpdateLogEntry')[1]!.variables.input).toMatchObject({ logEntryId: 'e-1', version: 4, title: 'Steuerungsgruppe 10. November' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Änderungen speichern' })).not.toBeInTheDocument());
  });

  it('records how a conflict was resolved', async () => {
    const api = mockGraphQL({
      LogContext: logContext,
      LogEntry: detail({ type: 'CONFLICT', conflictState: 'OPEN', version: 7, actionItems: [], comments: [] }),
      ResolveConflict: { data: { resolveConflict: { id: 'e-1', version: 8, conflictState: 'RESOLVED' } } },
    });
    const user = userEvent.setup();
    renderWithProviders(<LogEntryDetail allianceId="a-1" entryId="e-1" viewer={backbone} />);

    await user.type(await screen.findByLabelText('Wie wurde der Konflikt gelöst?'), 'Die Börse zieht in den April.');
    await user.click(screen.getByRole('button', { name: 'Als gelöst markieren' }));
    await waitFor(() => expect(api.callsOf('ResolveConflict')).toHaveLength(1));
    expect(api.callsOf('ResolveConflict')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', logEntryId: 'e-1', resolution: 'Die Börse zieht in den April.', version: 7 },
    });
  });

  it('after a conflict on resolving shows the resolution stored meanwhile and offers only to reload', async () => {
    let stored = detail({ type: 'CONFLICT', conflictState: 'OPEN', version: 7, actionItems: [], comments: [] });
    const api = mockGraphQL({
      LogContext: logContext,
      LogEntry: () => stored,
      ResolveConflict: () => {
        stored = detail({
          type: 'CONFLICT',
          conflictState: 'RESOLVED',
          resolution: 'Beide Termine bleiben.',
          resolvedAt: '2026-12-03T08:00:00.000Z',
          version: 8,
          actionItems: [],
          comments: [],
        });
        return gqlError('CONFLICT');
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<LogEntryDetail allianceId="a-1" entryId="e-1" viewer={backbone} />);

    await user.type(await screen.findByLabelText('Wie wurde der Konflikt gelöst?'), 'Die Börse zieht in den April.');
    await user.click(screen.getByRole('button', { name: 'Als gelöst markieren' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Gelöst am 03.12.2026: Beide Termine bleiben.')).toBeInTheDocument();
    expect(within(conflict).getByText('Die Börse zieht in den April.')).toBeInTheDocument();
    expect(within(conflict).queryByRole('button', { name: 'Meine Änderung anwenden' })).not.toBeInTheDocument();
    expect(api.callsOf('ResolveConflict')).toHaveLength(1);
  });
});
