import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { TwoFactorSection } from './two-factor-section';

describe('TwoFactorSection', () => {
  it('enrols: password, QR code and key, first code, then the recovery codes once', async () => {
    const codes = Array.from({ length: 10 }, (_, i) => `abcde-fgh${i}k`);
    const api = mockGraphQL({
      MyTwoFactor: { data: { myTwoFactor: { enabled: false, recoveryCodesLeft: 0 } } },
      StartTwoFactor: { data: { startTwoFactor: { secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/x', qrSvg: '<svg></svg>' } } },
      ConfirmTwoFactor: { data: { confirmTwoFactor: { recoveryCodes: codes } } },
    });
    renderWithProviders(<TwoFactorSection />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Aktuelles Passwort'), 'richtig-geheim-123');
    await user.click(screen.getByRole('button', { name: 'Einrichten' }));

    expect(await screen.findByRole('img', { name: 'QR-Code für die Authenticator-App' })).toBeInTheDocument();
    expect(screen.getByTestId('totp-secret')).toHaveTextContent('JBSWY3DPEHPK3PXP');
    await user.type(screen.getByLabelText('Code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Bestätigen und einschalten' }));

    const list = await screen.findByRole('list', { name: 'Wiederherstellungscodes' });
    expect(list.querySelectorAll('li')).toHaveLength(10);
    expect(api.callsOf('StartTwoFactor')[0]!.variables).toEqual({ input: { password: 'richtig-geheim-123' } });
    expect(api.callsOf('ConfirmTwoFactor')[0]!.variables).toEqual({ input: { code: '123456' } });
  });

  it('says when the password is wrong', async () => {
    const { gqlError } = await import('@/testing/test-utils');
    mockGraphQL({
      MyTwoFactor: { data: { myTwoFactor: { enabled: false, recoveryCodesLeft: 0 } } },
      StartTwoFactor: gqlError('INVALID_CREDENTIALS', 'falsch'),
    });
    renderWithProviders(<TwoFactorSection />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Aktuelles Passwort'), 'falsch');
    await user.click(screen.getByRole('button', { name: 'Einrichten' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Das Passwort ist falsch.'));
  });
});
