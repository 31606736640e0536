import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import type { AgendaAlliance } from '../utils/viewer';
import { AgreementSection } from './agreement-section';

const version = (number: number, title: string, signatureCount: number) => ({
  id: `v-${number}`,
  number,
  title,
  body: `Text der Fassung ${number}`,
  conflictProcedure: 'Erst reden, dann moderieren.',
  publishedAt: `2025-0${number}-02T10:00:00.000Z`,
  publishedByName: 'Anna Berger',
  signatureCount,
});

const agreement = (overrides: Record<string, unknown> = {}) => ({
  current: version(2, 'Vereinbarung 2025', 1),
  mySignature: null,
  signatures: [
    { id: 's-1', membershipId: 'm-1', signedAt: '2025-06-03T09:00:00.000Z', signedByName: 'Anna Berger', organisation: { id: 'o-1', name: 'Bildungsbüro' } },
  ],
  unsignedMembers: [],
  versions: [version(2, 'Vereinbarung 2025', 1), version(1, 'Vereinbarung 2024', 3)],
  ...overrides,
});

const alliance = (role: AgendaAlliance['myRole']): AgendaAlliance => ({
  id: 'a-1',
  name: 'Bildungsbündnis',
  kind: 'ALLIANCE',
  lifecycle: 'ACTIVE',
  problemStatement: '',
  vision: '',
  myRole: role,
  myOrganisation: { name: 'Jugendtreff Oststadt e.V.' },
});

describe('AgreementSection', { timeout: 30_000 }, () => {
  it('lets a member sign the version in force after confirming', async () => {
    let signed = false;
    const api = mockGraphQL({
      Agreement: () => ({
        data: {
          agreement: signed ? agreement({ mySignature: { id: 's-2', signedAt: '2026-12-06T09:00:00.000Z', signedByName: 'Tom Weber' } }) : agreement(),
        },
      }),
      SignAgreement: () => {
        signed = true;
        return { data: { signAgreement: { mySignature: { id: 's-2', signedAt: '2026-12-06T09:00:00.000Z' } } } };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<AgreementSection alliance={alliance('PARTNER')} />);

    expect(await screen.findByText('Jugendtreff Oststadt e.V. hat Fassung 2 noch nicht unterzeichnet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Vereinbarung 2025' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Organisationen, die Fassung 2 unterzeichnet haben' })).toHaveTextContent('Bildungsbüro');
    // Partners neither publish nor see who is missing.
    expect(screen.queryByRole('button', { name: 'Neue Fassung veröffentlichen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Noch nicht unterzeichnet/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Jetzt unterzeichnen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Vereinbarung unterzeichnen' });
    expect(dialog).toHaveTextContent('Sie unterzeichnen Fassung 2 „Vereinbarung 2025“ für Jugendtreff Oststadt e.V.');
    await user.click(within(dialog).getByRole('button', { name: 'Verbindlich unterzeichnen' }));

    await waitFor(() => expect(api.callsOf('SignAgreement')).toHaveLength(1));
    expect(api.callsOf('SignAgreement')[0]!.variables).toEqual({ input: { allianceId: 'a-1', versionNumber: 2 } });
    expect(await screen.findByText('Jugendtreff Oststadt e.V. hat diese Fassung am 06.12.2026 unterzeichnet (Tom Weber).')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Jetzt unterzeichnen' })).not.toBeInTheDocument();
  });

  it('shows the translated reason when signing is refused', async () => {
    mockGraphQL({ Agreement: { data: { agreement: agreement() } }, SignAgreement: gqlError('AGREEMENT_NOT_CURRENT') });
    const user = userEvent.setup();
    renderWithProviders(<AgreementSection alliance={alliance('OBSERVER')} />);

    await user.click(await screen.findByRole('button', { name: 'Jetzt unterzeichnen' }));
    await user.click(screen.getByRole('button', { name: 'Verbindlich unterzeichnen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Unterschrieben werden kann nur die aktuelle Fassung der Vereinbarung.');
  });

  it('shows the backbone who has not signed and the version history', async () => {
    mockGraphQL({
      Agreement: { data: { agreement: agreement({ unsignedMembers: [{ id: 'm-7', role: 'OBSERVER', organisation: { id: 'o-7', name: 'Schulamt' } }] }) } },
    });
    renderWithProviders(<AgreementSection alliance={alliance('BACKBONE')} />);

    const unsigned = await screen.findByRole('heading', { name: 'Noch nicht unterzeichnet (1)' });
    expect(unsigned.closest('section')).toHaveTextContent('Schulamt');
    const history = screen.getByRole('heading', { name: 'Versionsverlauf' }).closest('section')!;
    expect(within(history).getAllByRole('listitem')).toHaveLength(2);
    expect(history).toHaveTextContent('Fassung 1');
    expect(history).toHaveTextContent('3 Unterschriften');
  });

  it('publishes a revision of the version in force and re-applies it on top of a newer one after a conflict', async () => {
    let current = agreement();
    let publishes = 0;
    const api = mockGraphQL({
      Agreement: () => ({ data: { agreement: current } }),
      PublishAgreementVersion: () => {
        publishes += 1;
        if (publishes === 1) {
          current = agreement({ current: version(3, 'Eine andere Fassung', 0) });
          return gqlError('CONFLICT');
        }
        return { data: { publishAgreementVersion: { current: { id: 'v-4', number: 4 } } } };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<AgreementSection alliance={alliance('BACKBONE')} />);

    await user.click(await screen.findByRole('button', { name: 'Neue Fassung veröffentlichen' }));
    const dialog = screen.getByRole('dialog', { name: 'Neue Fassung veröffentlichen' });
    expect(dialog).toHaveTextContent('Sie überarbeiten Fassung 2.');
    const title = within(dialog).getByLabelText('Titel');
    expect(title).toHaveValue('Vereinbarung 2025');
    await user.clear(title);
    await user.type(title, 'Vereinbarung 2027');
    await user.click(within(dialog).getByRole('button', { name: 'Fassung veröffentlichen' }));

    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(api.callsOf('PublishAgreementVersion')[0]!.variables).toEqual({
      input: {
        allianceId: 'a-1',
        title: 'Vereinbarung 2027',
        body: 'Text der Fassung 2',
        conflictProcedure: 'Erst reden, dann moderieren.',
        basedOnVersionNumber: 2,
      },
    });
    await within(conflict).findByText('Fassung 3: Eine andere Fassung');
    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung anwenden' }));
    await waitFor(() => expect(api.callsOf('PublishAgreementVersion')).toHaveLength(2));
    expect(api.callsOf('PublishAgreementVersion')[1]!.variables).toMatchObject({ input: { basedOnVersionNumber: 3, title: 'Vereinbarung 2027' } });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
