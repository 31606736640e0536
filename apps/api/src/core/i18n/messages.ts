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
    // ── communication ──
    NOT_A_CONFLICT: 'Nur Einträge vom Typ Konflikt können gelöst oder wieder geöffnet werden.',
    VOTING_CLOSED: 'Über diesen Vorschlag kann nicht mehr abgestimmt werden.',
    'entity.LogEntry': 'Der Logbucheintrag',
    'entity.Comment': 'Der Kommentar',
    'entity.ActionItem': 'Die Aufgabe',
    'entity.Proposal': 'Der Vorschlag',
    'role.LOG_WRITER': 'Rolle Geschäftsstelle oder Partner',
    'role.LOG_READER': 'Rolle Geschäftsstelle, Partner oder Förderer (oder freigegebene Gastkommentare)',
    'role.GUEST_COMMENTS': 'Freigabe von Gastkommentaren durch die Geschäftsstelle',
    'role.LOG_ENTRY_AUTHOR': 'Eintrag der eigenen Organisation oder Rolle Geschäftsstelle',
    'role.COMMENT_AUTHOR': 'eigener Kommentar (nur innerhalb von 15 Minuten) oder Rolle Geschäftsstelle',
    'role.ACTION_ITEM_OWNER': 'Aufgabe der eigenen Organisation oder Rolle Geschäftsstelle',
    'role.ACTION_ITEM_CREATOR': 'eigene Organisation als Verantwortliche, eigener Logbucheintrag oder Rolle Geschäftsstelle',
    'role.PROPOSAL_READER': 'Rolle Geschäftsstelle, Partner oder Förderer',
    'role.PROPOSAL_AUTHOR': 'Vorschlag der eigenen Organisation oder Rolle Geschäftsstelle',
    'field.notActive': 'keine aktive Mitgliedschaft',
    'field.noSeat': 'gehört nicht zu dieser Organisation im Bündnis',
    'field.notFuture': 'muss in der Zukunft liegen',
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
    // ── communication ──
    NOT_A_CONFLICT: 'Only entries of type conflict can be resolved or reopened.',
    VOTING_CLOSED: 'Voting on this proposal is closed.',
    'entity.LogEntry': 'The log entry',
    'entity.Comment': 'The comment',
    'entity.ActionItem': 'The action item',
    'entity.Proposal': 'The proposal',
    'role.LOG_WRITER': 'backbone or partner role',
    'role.LOG_READER': 'backbone, partner or funder role (or guest comments enabled)',
    'role.GUEST_COMMENTS': 'guest comments enabled by the backbone',
    'role.LOG_ENTRY_AUTHOR': "an entry of your own organisation, or the backbone role",
    'role.COMMENT_AUTHOR': 'your own comment (within 15 minutes only), or the backbone role',
    'role.ACTION_ITEM_OWNER': "an action item of your own organisation, or the backbone role",
    'role.ACTION_ITEM_CREATOR': 'your own organisation as owner, your own log entry, or the backbone role',
    'role.PROPOSAL_READER': 'backbone, partner or funder role',
    'role.PROPOSAL_AUTHOR': "a proposal of your own organisation, or the backbone role",
    'field.notActive': 'not an active membership',
    'field.noSeat': 'does not belong to this organisation in the alliance',
    'field.notFuture': 'must lie in the future',
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
