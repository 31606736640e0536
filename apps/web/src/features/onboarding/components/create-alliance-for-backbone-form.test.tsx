import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { CreateAllianceForBackboneForm } from './create-alliance-for-backbone-form';
import { RegistrationSetting } from './registration-setting';

describe('CreateAllianceForBackboneForm', () => {
  it('creates an alliance for a new organisation and says where the invitation went, with the link as a fallback', async () => {
    const api = mockGraphQL({
      CreateAllianceForBackbone: {
        data: {
          createAllianceForBackbone: {
            allianceId: 'a1',
            allianceName: 'Bündnis Süd',
            organisationName: 'Stadtteilbüro Süd',
            mailedTo: ['kim@sued.example'],
            acceptPath: '/invitation/a1.xyz',
          },
        },
      },
    });
    renderWithProviders(<CreateAllianceForBackboneForm />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name des Bündnisses'), 'Bündnis Süd');
    await user.type(screen.getByLabelText('Name der Organisation'), 'Stadtteilbüro Süd');
    await user.selectOptions(screen.getByLabelText('Art der Organisation'), 'PUBLIC_BODY');
    await user.type(screen.getByLabelText('E-Mail-Adresse der Ansprechperson'), 'kim@sued.example');
    await user.click(screen.getByRole('button', { name: 'Bündnis anlegen und einladen' }));
    expect(await screen.findByText('Das Bündnis „Bündnis Süd“ ist angelegt')).toBeInTheDocument();
    expect(screen.getByText('Die Einladung für Stadtteilbüro Süd ging per E-Mail an: kim@sued.example.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Einladungslink/)).toHaveValue(`${window.location.origin}/invitation/a1.xyz`);
    expect(api.callsOf('CreateAllianceForBackbone')[0]!.variables).toEqual({
      input: { name: 'Bündnis Süd', kind: 'ALLIANCE', organisationName: 'Stadtteilbüro Süd', organisationKind: 'PUBLIC_BODY', email: 'kim@sued.example' },
    });
  });

  it('shows the refusal for someone who is not a platform admin', async () => {
    mockGraphQL({ CreateAllianceForBackbone: gqlError('FORBIDDEN', 'x', { params: { required: 'PLATFORM_ADMIN' } }) });
    renderWithProviders(<CreateAllianceForBackboneForm />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name des Bündnisses'), 'Bündnis Süd');
    await user.type(screen.getByLabelText('Name der Organisation'), 'Stadtteilbüro Süd');
    await user.type(screen.getByLabelText('E-Mail-Adresse der Ansprechperson'), 'kim@sued.example');
    await user.click(screen.getByRole('button', { name: 'Bündnis anlegen und einladen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Das Bündnis konnte nicht angelegt werden');
  });
});

describe('RegistrationSetting', () => {
  it('switches self-registration on', async () => {
    const api = mockGraphQL({
      PlatformSettings: { data: { platformSettings: { registrationOpen: false, updatedAt: '2026-12-07T08:00:00Z' } } },
      SetRegistrationOpen: { data: { setRegistrationOpen: { registrationOpen: true, updatedAt: '2026-12-07T08:01:00Z' } } },
    });
    renderWithProviders(<RegistrationSetting />);
    const box = await screen.findByRole('checkbox', { name: /Organisationen dürfen sich selbst registrieren/ });
    expect(box).not.toBeChecked();
    await userEvent.setup().click(box);
    expect(await screen.findByText('Gespeichert.')).toBeInTheDocument();
    expect(box).toBeChecked();
    expect(api.callsOf('SetRegistrationOpen')[0]!.variables).toEqual({ input: { open: true } });
  });
});
