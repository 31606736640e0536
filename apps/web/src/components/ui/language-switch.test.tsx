import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getMe, login } from '@/lib/auth';
import { i18n, setLanguage, takeChoiceBeforeSession } from '@/lib/i18n';
import { ME_QUERY_KEY } from '@/lib/query-client';
import { fixtures, mockGraphQL, renderWithProviders, testQueryClient } from '@/testing/test-utils';
import { LanguageSwitch } from './language-switch';

afterEach(async () => {
  takeChoiceBeforeSession();
  await setLanguage('de');
});

describe('LanguageSwitch', () => {
  it('saves the choice in the account of a logged-in person', async () => {
    const api = mockGraphQL({ UpdateMyLocale: { data: { updateMyLocale: { id: 'u-1', locale: 'en' } } } });
    const queryClient = testQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, fixtures.user);
    const user = userEvent.setup();
    renderWithProviders(<LanguageSwitch />, { queryClient });

    await user.click(screen.getByRole('button', { name: /EN/ }));

    expect(i18n.language).toBe('en');
    await waitFor(() => expect(api.callsOf('UpdateMyLocale')).toHaveLength(1));
    expect(api.callsOf('UpdateMyLocale')[0]!.variables).toEqual({ input: { locale: 'en' } });
    await waitFor(() => expect(queryClient.getQueryData<{ locale: string }>(ME_QUERY_KEY)?.locale).toBe('en'));
    expect(screen.getByRole('button', { name: /EN/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps the choice on this device only when nobody is logged in', async () => {
    const api = mockGraphQL({});
    const queryClient = testQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, null);
    const user = userEvent.setup();
    renderWithProviders(<LanguageSwitch />, { queryClient });

    await user.click(screen.getByRole('button', { name: /EN/ }));

    expect(i18n.language).toBe('en');
    expect(localStorage.getItem('gemeinwerk.language')).toBe('en');
    expect(api.calls).toHaveLength(0);
  });

  it('the app starts in the language saved in the account', async () => {
    mockGraphQL({ Me: { data: { me: { ...fixtures.user, locale: 'en' } } } });
    expect(i18n.language).toBe('de');
    await getMe();
    await waitFor(() => expect(i18n.language).toBe('en'));
  });

  it('keeps a language picked on the login page when the session starts, and saves it in the account', async () => {
    const api = mockGraphQL({
      Login: { data: { login: { expiresAt: '2026-12-07T08:00:00.000Z', user: fixtures.user } } },
      UpdateMyLocale: { data: { updateMyLocale: { id: 'u-1', locale: 'en' } } },
    });
    const queryClient = testQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, null);
    const user = userEvent.setup();
    renderWithProviders(<LanguageSwitch />, { queryClient });
    await user.click(screen.getByRole('button', { name: /EN/ }));
    expect(api.callsOf('UpdateMyLocale')).toHaveLength(0);

    const { user: me } = await login({ email: fixtures.user.email, password: 'geheim' });

    expect(me!.locale).toBe('en');
    expect(api.callsOf('UpdateMyLocale')[0]!.variables).toEqual({ input: { locale: 'en' } });
    expect(i18n.language).toBe('en');
  });
});
