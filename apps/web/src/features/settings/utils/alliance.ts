import type { AllianceKind, AllianceLifecycle, MembershipRole } from '@/gql/graphql';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/graphql-client';

/** The alliance as the settings read and change it. */
export interface SettingsAlliance {
  id: string;
  name: string;
  kind: AllianceKind;
  lifecycle: AllianceLifecycle;
  problemStatement: string;
  vision: string;
  periodStart?: string | null;
  periodEnd?: string | null;
  guestComments: boolean;
  requireTwoFactorForAdmins: boolean;
  myIsAdmin?: boolean;
  logoDataUrl?: string | null;
  primaryColor?: string | null;
  version: number;
  myRole: MembershipRole;
}

/** The API's field problem for `field`, in the settings' own words where it has them. */
export function settingsFieldError(t: TFunction, error: unknown, field: string): string | undefined {
  if (!isApiError(error)) return undefined;
  const problem = error.fields.find((f) => f.field === field);
  if (!problem) return undefined;
  return t(`settings.fieldErrors.${problem.code}`, { defaultValue: t(`fieldErrors.${problem.code}`, { defaultValue: t('fieldErrors.invalid') }) });
}
