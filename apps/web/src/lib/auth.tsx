import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { graphql } from '@/gql';
import type { LoginInput, MeQuery } from '@/gql/graphql';
import { isApiError, request } from './graphql-client';
import { applyAccountLanguage, takeChoiceBeforeSession, type Language } from './i18n';
import { ME_QUERY_KEY } from './query-client';

export type CurrentUser = MeQuery['me'];

const MeDocument = graphql(`
  query Me {
    me {
      id
      email
      name
      locale
      isPlatformAdmin
      organisations {
        id
        name
        kind
      }
    }
  }
`);

const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      twoFactorChallenge
      user {
        id
        email
        name
        locale
        isPlatformAdmin
        organisations {
          id
          name
          kind
        }
      }
    }
  }
`);

const LoginWithTwoFactorDocument = graphql(`
  mutation LoginWithTwoFactor($input: LoginWithTwoFactorInput!) {
    loginWithTwoFactor(input: $input) {
      expiresAt
      user {
        id
        email
        name
        locale
        isPlatformAdmin
        organisations {
          id
          name
          kind
        }
      }
    }
  }
`);

const UpdateMyLocaleDocument = graphql(`
  mutation UpdateMyLocale($input: UpdateMyLocaleInput!) {
    updateMyLocale(input: $input) {
      id
      locale
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

/**
 * When a session starts, the UI takes the account's language – unless the person picked one just
 * before (on the login or invitation page): then that choice is saved in the account instead.
 */
async function adoptLanguage(user: CurrentUser): Promise<CurrentUser> {
  const chosen = takeChoiceBeforeSession();
  if (chosen && chosen !== user.locale) {
    try {
      return { ...user, locale: await updateMyLocale(chosen) };
    } catch {
      // Not saved: the choice still applies on this device.
      return user;
    }
  }
  applyAccountLanguage(user.locale);
  return user;
}

/** The logged-in user, or null when there is no valid session. */
export async function getMe(): Promise<CurrentUser | null> {
  try {
    return await adoptLanguage((await request(MeDocument)).me);
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) return null;
    throw error;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: ME_QUERY_KEY, queryFn: getMe, staleTime: 5 * 60_000 });

export function useUser() {
  return useQuery(meQueryOptions());
}

export type Credentials = Pick<LoginInput, 'email' | 'password'>;

/** Either a session (user) or, with a second factor enrolled, the challenge for the code step. */
export type LoginResult = { user: CurrentUser; challenge?: undefined } | { user?: undefined; challenge: string };

/** Browser sessions use the httpOnly cookie; the token stays on the server side. */
export async function login(credentials: Credentials): Promise<LoginResult> {
  const data = await request(LoginDocument, { input: { ...credentials, mode: 'COOKIE' } });
  if (data.login.twoFactorChallenge) return { challenge: data.login.twoFactorChallenge };
  return { user: await adoptLanguage(data.login.user!) };
}

/** The code step: the challenge from login() plus an authenticator or recovery code. */
export async function loginWithTwoFactor(input: { challenge: string; code: string }): Promise<LoginResult> {
  const data = await request(LoginWithTwoFactorDocument, { input });
  return { user: await adoptLanguage(data.loginWithTwoFactor.user!) };
}

export function useLogin(options: { onSuccess?: (user: CurrentUser) => void; onChallenge?: (challenge: string) => void } = {}) {
  return useSessionStart(login, options);
}

export function useLoginWithTwoFactor(options: { onSuccess?: (user: CurrentUser) => void } = {}) {
  return useSessionStart(loginWithTwoFactor, options);
}

function useSessionStart<I>(
  mutationFn: (input: I) => Promise<LoginResult>,
  options: { onSuccess?: (user: CurrentUser) => void; onChallenge?: (challenge: string) => void },
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      if (result.challenge) return options.onChallenge?.(result.challenge);
      // A new session starts from a clean cache: nothing of a previous user may linger.
      client.clear();
      client.setQueryData(ME_QUERY_KEY, result.user);
      options.onSuccess?.(result.user!);
    },
  });
}

/** Saves the UI language in the account (the UI has already switched). */
export async function updateMyLocale(locale: Language): Promise<string> {
  return (await request(UpdateMyLocaleDocument, { input: { locale } })).updateMyLocale.locale;
}

/**
 * For the language switch: when someone is logged in, their choice is saved in the account
 * and follows them to other devices; logged out, it stays on this device only.
 */
export function useSaveLanguage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateMyLocale,
    onSuccess: (locale) => client.setQueryData<CurrentUser | null>(ME_QUERY_KEY, (me) => (me ? { ...me, locale } : me)),
  });
}

export async function logout(): Promise<void> {
  try {
    await request(LogoutDocument);
  } catch (error) {
    // Already logged out on the server: the goal is reached.
    if (!isApiError(error, 'UNAUTHENTICATED')) throw error;
  }
}

export function useLogout(options: { onSuccess?: () => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      client.clear();
      client.setQueryData(ME_QUERY_KEY, null);
      options.onSuccess?.();
    },
  });
}

/** Only a local path may be a redirect target, never another site (`//evil.example`). */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  return target;
}

export function loginPath(returnTo: string): string {
  return returnTo && returnTo !== '/' ? `/login?redirect=${encodeURIComponent(returnTo)}` : '/login';
}

/** Route guard: renders its children for a logged-in user, otherwise goes to login and back. */
export function RequireAuth({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const user = useUser();
  const location = useLocation();
  if (user.isPending) return fallback;
  if (user.isError) throw user.error;
  if (!user.data) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  return children;
}
