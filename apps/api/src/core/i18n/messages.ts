import { ErrorCode } from '@gemeinwerk/shared';

export type Locale = 'de' | 'en';

type Catalog = Record<ErrorCode, string> & Record<string, string>;

/** Error messages the API sends; {name} placeholders are filled from the error's params. */
export const MESSAGES: Record<Locale, Catalog> = {
  de: {
    UNAUTHENTICATED: 'Bitte melden Sie sich an.',
    INVALID_CREDENTIALS: 'E-Mail-Adresse oder Passwort ist falsch.',
    FORBIDDEN: 'Dafür fehlt Ihnen die Berechtigung: {required}.',
    NOT_FOUND: '{entity} wurde nicht gefunden.',
    CONFLICT: '{entity} wurde inzwischen von jemand anderem geändert. Bitte laden Sie neu und versuchen Sie es noch einmal.',
    VALIDATION_FAILED: 'Bitte prüfen Sie Ihre Eingaben: {details}.',
    BAD_REQUEST: 'Die Anfrage ist ungültig: {details}',
    INVALID_TRANSITION: 'Der Wechsel von „{from}“ zu „{to}“ ist nicht möglich.',
    INVITATION_INVALID: 'Diese Einladung ist ungültig, abgelaufen oder bereits angenommen.',
    ORGANISATION_REQUIRED: 'Bitte wählen Sie, für welche Organisation Sie handeln.',
    LAST_BACKBONE: 'Das Bündnis braucht mindestens eine Geschäftsstelle.',
    ALREADY_MEMBER: 'Diese Organisation ist bereits Mitglied des Bündnisses.',
    TOO_MANY_REQUESTS: 'Zu viele Anfragen. Bitte warten Sie einen Moment.',
    INTERNAL_SERVER_ERROR: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
    'entity.Alliance': 'Das Bündnis',
    'entity.Membership': 'Die Mitgliedschaft',
    'entity.Organisation': 'Die Organisation',
    'entity.Invitation': 'Die Einladung',
    'role.BACKBONE': 'Rolle Geschäftsstelle',
    'role.PARTNER': 'Rolle Partner',
    'role.FUNDER': 'Rolle Förderer',
    'role.OBSERVER': 'Rolle Beobachter',
    'role.MEMBERSHIP_ADMIN': 'Verwaltungsrecht für die eigene Mitgliedschaft',
    'field.required': 'Pflichtfeld',
    'field.invalid': 'ungültiger Wert',
    'field.tooLong': 'zu lang',
    'field.tooShort': 'zu kurz',
    'field.email': 'keine gültige E-Mail-Adresse',
    // ── activities ──
    ACTIVITY_NOT_DELETABLE:
      'Nur geplante oder abgesagte Aktivitäten können gelöscht werden. Setzen Sie die Aktivität stattdessen auf „Abgesagt“; so bleibt nachvollziehbar, was lief.',
    'entity.Activity': 'Die Aktivität',
    'entity.LinkedGoal': 'Ein verknüpftes Ziel',
    'entity.LinkedIndicator': 'Ein verknüpfter Indikator',
    'role.ACTIVITY_WRITER': 'Rolle Geschäftsstelle oder Partner',
    'role.ACTIVITY_OWNER': 'Aktivität der eigenen Organisation oder Rolle Geschäftsstelle',
    'role.ACTIVITY_READER': 'Rolle Geschäftsstelle, Partner oder Förderer',
    'field.memberNotActive': 'Mitglied ist nicht aktiv',
    'field.coordinatesIncomplete': 'Breiten- und Längengrad nur gemeinsam',
    'field.beforeStart': 'liegt vor dem Beginn',
    'field.tooMany': 'zu viele Einträge',
  },
  en: {
    UNAUTHENTICATED: 'Please sign in.',
    INVALID_CREDENTIALS: 'E-mail address or password is incorrect.',
    FORBIDDEN: 'You lack the permission for this: {required}.',
    NOT_FOUND: '{entity} was not found.',
    CONFLICT: '{entity} was changed by someone else in the meantime. Please reload and try again.',
    VALIDATION_FAILED: 'Please check your input: {details}.',
    BAD_REQUEST: 'The request is invalid: {details}',
    INVALID_TRANSITION: 'Changing from “{from}” to “{to}” is not possible.',
    INVITATION_INVALID: 'This invitation is invalid, has expired or was already accepted.',
    ORGANISATION_REQUIRED: 'Please choose which organisation you act for.',
    LAST_BACKBONE: 'The alliance needs at least one backbone organisation.',
    ALREADY_MEMBER: 'This organisation is already a member of the alliance.',
    TOO_MANY_REQUESTS: 'Too many requests. Please wait a moment.',
    INTERNAL_SERVER_ERROR: 'An unexpected error occurred. Please try again later.',
    'entity.Alliance': 'The alliance',
    'entity.Membership': 'The membership',
    'entity.Organisation': 'The organisation',
    'entity.Invitation': 'The invitation',
    'role.BACKBONE': 'backbone role',
    'role.PARTNER': 'partner role',
    'role.FUNDER': 'funder role',
    'role.OBSERVER': 'observer role',
    'role.MEMBERSHIP_ADMIN': 'admin right for your own membership',
    'field.required': 'required',
    'field.invalid': 'invalid value',
    'field.tooLong': 'too long',
    'field.tooShort': 'too short',
    'field.email': 'not a valid e-mail address',
    // ── activities ──
    ACTIVITY_NOT_DELETABLE:
      'Only planned or cancelled activities can be deleted. Set the activity to “Cancelled” instead; that keeps a record of what ran.',
    'entity.Activity': 'The activity',
    'entity.LinkedGoal': 'A linked goal',
    'entity.LinkedIndicator': 'A linked indicator',
    'role.ACTIVITY_WRITER': 'backbone or partner role',
    'role.ACTIVITY_OWNER': "an activity of your own organisation, or the backbone role",
    'role.ACTIVITY_READER': 'backbone, partner or funder role',
    'field.memberNotActive': 'member is not active',
    'field.coordinatesIncomplete': 'latitude and longitude only together',
    'field.beforeStart': 'is before the start',
    'field.tooMany': 'too many entries',
  },
};

export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'de';
  for (const part of acceptLanguage.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'de' || tag === 'en') return tag;
  }
  return 'de';
}

export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const catalog = MESSAGES[locale];
  const template = catalog[key] ?? MESSAGES.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return '';
    const s = String(value);
    return catalog[`entity.${s}`] ?? catalog[`role.${s}`] ?? s;
  });
}
