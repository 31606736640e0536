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
    TOO_MANY_REQUESTS: 'Zu viele Versuche. Bitte warten Sie {seconds} Sekunden.',
    TOO_MANY_REQUESTS_one: 'Zu viele Versuche. Bitte warten Sie eine Sekunde.',
    TWO_FACTOR_CODE_INVALID: 'Der Code ist falsch oder wurde schon verwendet.',
    TWO_FACTOR_CHALLENGE_INVALID: 'Die Anmeldung ist abgelaufen. Bitte melden Sie sich erneut mit Ihrem Passwort an.',
    TWO_FACTOR_ALREADY_ENABLED: 'Die Zwei-Faktor-Anmeldung ist bereits eingerichtet.',
    TWO_FACTOR_NOT_STARTED: 'Bitte starten Sie die Einrichtung der Zwei-Faktor-Anmeldung zuerst.',
    TWO_FACTOR_NOT_ENABLED: 'Die Zwei-Faktor-Anmeldung ist nicht eingerichtet.',
    TWO_FACTOR_ENROLMENT_REQUIRED: 'Dieses Bündnis verlangt für Admins eine Zwei-Faktor-Anmeldung. Bitte richten Sie sie in Ihrem Konto ein.',
    INTERNAL_SERVER_ERROR: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
    'entity.Alliance': 'Das Bündnis',
    'entity.Record': 'Der Eintrag',
    'entity.Membership': 'Die Mitgliedschaft',
    'entity.Organisation': 'Die Organisation',
    'entity.Invitation': 'Die Einladung',
    'role.BACKBONE': 'Rolle Geschäftsstelle',
    'role.PARTNER': 'Rolle Partner',
    'role.FUNDER': 'Rolle Förderer',
    'role.OBSERVER': 'Rolle Beobachter',
    'role.MEMBERSHIP_ADMIN': 'Verwaltungsrecht für die eigene Mitgliedschaft',
    'role.BACKBONE_ADMIN': 'Verwaltungsrecht der Geschäftsstelle',
    'field.required': 'Pflichtfeld',
    'field.invalid': 'ungültiger Wert',
    'field.tooLong': 'zu lang',
    'field.tooShort': 'zu kurz',
    'field.email': 'keine gültige E-Mail-Adresse',
    // ── agenda ──
    GOAL_IN_USE:
      'Das Ziel wird noch verwendet und kann nicht gelöscht werden (Unterziele: {subGoals}, Indikatoren: {indicators}, Aktivitäten: {activities}, Logbuch-Einträge: {logEntries}). Setzen Sie stattdessen den Status „Verworfen“.',
    GOAL_CYCLE: 'Ein Ziel kann nicht unter sich selbst oder eines seiner Unterziele verschoben werden.',
    AGREEMENT_NOT_CURRENT:
      'Fassung {versionNumber} ist nicht mehr aktuell. Unterzeichnen können Sie nur die aktuelle Fassung {currentVersionNumber} der Kooperationsvereinbarung.',
    ALREADY_SIGNED: 'Ihre Organisation hat Fassung {versionNumber} der Kooperationsvereinbarung bereits unterzeichnet.',
    'entity.Goal': 'Das Ziel',
    'entity.Agreement': 'Die Kooperationsvereinbarung',
    'entity.AgreementVersion': 'Diese Fassung der Kooperationsvereinbarung',
    'lifecycle.FORMING': 'In Gründung',
    'lifecycle.ACTIVE': 'Aktiv',
    'lifecycle.CONCLUDED': 'Abgeschlossen',
    'lifecycle.RENEWED': 'Erneuert',
    'field.endBeforeStart': 'Ende liegt vor dem Beginn',
    'field.hexColour': 'Farbe im Format #rrggbb',
    'field.imageType': 'nur PNG, JPEG oder SVG als Data-URL',
    'field.tooLarge': 'zu groß (höchstens 200 kB)',
    'field.inactiveMember': 'keine aktive Mitgliedsorganisation des Bündnisses',
    'field.onlyWhenRenewing': 'nur beim Erneuern des Bündnisses anzugeben',
    // ── indicators ──
    INDICATOR_IN_USE: 'Für diesen Indikator gibt es bereits Messwerte; Aggregation und Frequenz lassen sich nicht mehr ändern.',
    DIMENSION_IN_USE: 'Das Merkmal „{name}“ wird in Messwerten dieses Indikators verwendet und kann nicht entfernt werden.',
    CATEGORY_IN_USE: 'Die Ausprägung „{name}“ wird in Messwerten verwendet und kann nicht entfernt werden.',
    'entity.Indicator': 'Der Indikator',
    'entity.Dimension': 'Das Merkmal',
    'entity.DimensionCategory': 'Die Ausprägung',
    'entity.Target': 'Der Zielwert',
    'field.periodKey': 'kein Zeitraum der Frequenz des Indikators (z. B. 2026, 2026-Q1, 2026-03)',
    'field.periodTooFine': 'feiner als die Frequenz des Indikators',
    'field.finerTargets': 'es gibt Zielwerte für feinere Zeiträume',
    'field.duplicate': 'doppelt vergeben',
    'field.emailTaken': 'für diese E-Mail-Adresse gibt es schon ein Konto',
    'field.atLeastTwo': 'mindestens zwei Einträge',
    // ── measurements ──
    REPORTING_PERIOD_ALREADY_OPEN: 'Der Berichtszeitraum {periodKey} ist bereits geöffnet.',
    REPORTING_PERIOD_CLOSED: 'Der Berichtszeitraum {periodKey} ist geschlossen: Werte können darin nicht mehr gespeichert, eingereicht oder zurückgegeben werden.',
    FREQUENCY_MISMATCH: 'Der Berichtszeitraum {periodKey} passt nicht zum Erhebungsrhythmus des Indikators „{indicator}“.',
    MEASUREMENT_LOCKED: 'Dieser Wert ist eingereicht oder freigegeben und kann nicht geändert werden. Die Geschäftsstelle kann ihn zur Überarbeitung zurückgeben.',
    PARTS_DO_NOT_ADD_UP: 'Die Aufschlüsselung nach „{dimension}“ ergibt {sum}, der Gesamtwert ist aber {total}.',
    OVERLAP_ONLY_FOR_SUM: 'Überschneidungen lassen sich nur bei Indikatoren angeben, deren Werte summiert werden.',
    'entity.ReportingPeriod': 'Der Berichtszeitraum',
    'entity.Measurement': 'Der Messwert',
    'entity.MeasurementOverlap': 'Die Überschneidung',
    'role.OWN_ORGANISATION': 'Zugriff nur auf die Werte der eigenen Organisation',
    'role.MEMBER_LEVEL_DATA': 'Einsicht in Werte einzelner Mitglieder (nicht für Beobachter)',
    'field.notExpected': 'bei diesem Indikator nicht vorgesehen',
    'field.notFinite': 'keine gültige Zahl',
    'field.mustBePositive': 'muss größer als 0 sein',
    'field.mustNotBeNegative': 'darf nicht negativ sein',
    'field.unknownCategory': 'keine Kategorie der Aufschlüsselungen dieses Indikators',
    'field.notReporter': 'keine berichtende Mitgliedsorganisation (Partner oder Geschäftsstelle)',
    'field.archived': 'archiviert',
    'field.exceedsValue': 'größer als der gemeldete Wert',
    'field.belowOverlap': 'kleiner als eine angegebene Überschneidung',
    'field.ownOrganisation': 'darf nicht die eigene Organisation sein',
    'field.tooMany': 'zu viele Einträge',
    'field.rangeTooLong': 'Zeitraum zu lang',
    'field.beforeStart': 'liegt vor dem Beginn',
    // plausibility of reported values ({min}, {max}, {denominator} are the bounds broken)
    'field.notInteger': 'nur ganze Zahlen erlaubt',
    'field.belowMin': 'kleiner als der Mindestwert {min}',
    'field.aboveMax': 'größer als der Höchstwert {max}',
    'field.numeratorAboveDenominator': 'der Zähler darf nicht größer sein als der Nenner ({denominator})',
    'warning.valueJump': 'Der Wert weicht um {percent} % vom Vorzeitraum ab ({previous} → {value}). Bitte prüfen.',
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
    // ── privacy ──
    SOLE_BACKBONE_ADMIN: 'Sie verwalten als einzige Person die Geschäftsstelle von „{alliance}“. Übergeben Sie die Geschäftsstelle zuerst (z. B. eine andere Organisation zur Geschäftsstelle machen), dann können Sie Ihr Konto löschen.',
    RESET_LINK_INVALID: 'Dieser Link zum Zurücksetzen des Passworts ist ungültig, abgelaufen oder wurde schon benutzt. Fordern Sie bitte einen neuen an.',
    SETUP_LINK_INVALID: 'Dieser Einrichtungslink ist ungültig, abgelaufen oder wurde schon benutzt.',
    'role.PLATFORM_ADMIN': 'Plattform-Administration',
    'entity.DeadLetter': 'Die unzustellbare E-Mail',
    'field.confirm': 'Bitte zur Bestätigung LÖSCHEN eingeben',
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
    TOO_MANY_REQUESTS: 'Too many attempts. Please wait {seconds} seconds.',
    TOO_MANY_REQUESTS_one: 'Too many attempts. Please wait one second.',
    TWO_FACTOR_CODE_INVALID: 'The code is wrong or has already been used.',
    TWO_FACTOR_CHALLENGE_INVALID: 'The sign-in has expired. Please sign in again with your password.',
    TWO_FACTOR_ALREADY_ENABLED: 'Two-factor sign-in is already set up.',
    TWO_FACTOR_NOT_STARTED: 'Please start the two-factor set-up first.',
    TWO_FACTOR_NOT_ENABLED: 'Two-factor sign-in is not set up.',
    TWO_FACTOR_ENROLMENT_REQUIRED: 'This alliance requires two-factor sign-in for admins. Please set it up in your account.',
    INTERNAL_SERVER_ERROR: 'An unexpected error occurred. Please try again later.',
    'entity.Alliance': 'The alliance',
    'entity.Record': 'The entry',
    'entity.Membership': 'The membership',
    'entity.Organisation': 'The organisation',
    'entity.Invitation': 'The invitation',
    'role.BACKBONE': 'backbone role',
    'role.PARTNER': 'partner role',
    'role.FUNDER': 'funder role',
    'role.OBSERVER': 'observer role',
    'role.MEMBERSHIP_ADMIN': 'admin right for your own membership',
    'role.BACKBONE_ADMIN': 'admin right of the backbone',
    'field.required': 'required',
    'field.invalid': 'invalid value',
    'field.tooLong': 'too long',
    'field.tooShort': 'too short',
    'field.email': 'not a valid e-mail address',
    // ── agenda ──
    GOAL_IN_USE:
      'The goal is still in use and cannot be deleted (sub-goals: {subGoals}, indicators: {indicators}, activities: {activities}, log entries: {logEntries}). Set its status to “dropped” instead.',
    GOAL_CYCLE: 'A goal cannot be moved under itself or one of its sub-goals.',
    AGREEMENT_NOT_CURRENT:
      'Version {versionNumber} is no longer current. You can only sign the current version {currentVersionNumber} of the cooperation agreement.',
    ALREADY_SIGNED: 'Your organisation has already signed version {versionNumber} of the cooperation agreement.',
    'entity.Goal': 'The goal',
    'entity.Agreement': 'The cooperation agreement',
    'entity.AgreementVersion': 'This version of the cooperation agreement',
    'lifecycle.FORMING': 'forming',
    'lifecycle.ACTIVE': 'active',
    'lifecycle.CONCLUDED': 'concluded',
    'lifecycle.RENEWED': 'renewed',
    'field.endBeforeStart': 'end is before the start',
    'field.hexColour': 'colour as #rrggbb',
    'field.imageType': 'only PNG, JPEG or SVG as a data URL',
    'field.tooLarge': 'too large (at most 200 kB)',
    'field.inactiveMember': 'not an active member organisation of the alliance',
    'field.onlyWhenRenewing': 'only given when renewing the alliance',
    // ── indicators ──
    INDICATOR_IN_USE: 'Measurements exist for this indicator; its aggregation and frequency can no longer change.',
    DIMENSION_IN_USE: 'The dimension “{name}” is used in this indicator’s measurements and cannot be removed.',
    CATEGORY_IN_USE: 'The category “{name}” is used in measurements and cannot be removed.',
    'entity.Indicator': 'The indicator',
    'entity.Dimension': 'The dimension',
    'entity.DimensionCategory': 'The category',
    'entity.Target': 'The target',
    'field.periodKey': 'not a period of the indicator’s frequency (e.g. 2026, 2026-Q1, 2026-03)',
    'field.periodTooFine': 'finer than the indicator’s frequency',
    'field.finerTargets': 'targets exist for finer periods',
    'field.duplicate': 'duplicate',
    'field.emailTaken': 'an account with this e-mail address exists already',
    'field.atLeastTwo': 'at least two entries',
    // ── measurements ──
    REPORTING_PERIOD_ALREADY_OPEN: 'The reporting period {periodKey} is already open.',
    REPORTING_PERIOD_CLOSED: 'The reporting period {periodKey} is closed: values in it can no longer be saved, submitted or returned.',
    FREQUENCY_MISMATCH: 'The reporting period {periodKey} does not match the reporting frequency of the indicator “{indicator}”.',
    MEASUREMENT_LOCKED: 'This value has been submitted or approved and cannot be changed. The backbone can return it for revision.',
    PARTS_DO_NOT_ADD_UP: 'The breakdown by “{dimension}” adds up to {sum}, but the total is {total}.',
    OVERLAP_ONLY_FOR_SUM: 'Overlaps can only be declared for indicators whose values are summed.',
    'entity.ReportingPeriod': 'The reporting period',
    'entity.Measurement': 'The measurement',
    'entity.MeasurementOverlap': 'The overlap',
    'role.OWN_ORGANISATION': "access only to your own organisation's values",
    'role.MEMBER_LEVEL_DATA': "insight into single members' values (not for observers)",
    'field.notExpected': 'not expected for this indicator',
    'field.notFinite': 'not a valid number',
    'field.mustBePositive': 'must be greater than 0',
    'field.mustNotBeNegative': 'must not be negative',
    'field.unknownCategory': "not a category of this indicator's dimensions",
    'field.notReporter': 'not a reporting member (partner or backbone)',
    'field.archived': 'archived',
    'field.exceedsValue': 'greater than the reported value',
    'field.belowOverlap': 'smaller than a declared overlap',
    'field.ownOrganisation': 'must not be your own organisation',
    'field.tooMany': 'too many entries',
    'field.rangeTooLong': 'range too long',
    'field.beforeStart': 'lies before the start',
    // plausibility of reported values
    'field.notInteger': 'whole numbers only',
    'field.belowMin': 'less than the minimum {min}',
    'field.aboveMax': 'greater than the maximum {max}',
    'field.numeratorAboveDenominator': 'the numerator must not exceed the denominator ({denominator})',
    'warning.valueJump': 'The value differs by {percent} % from the previous period ({previous} → {value}). Please check.',
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
    // ── privacy ──
    SOLE_BACKBONE_ADMIN: 'You are the only person administering the backbone of “{alliance}”. Hand the backbone over first (e.g. make another organisation backbone), then you can delete your account.',
    RESET_LINK_INVALID: 'This password reset link is invalid, has expired or was already used. Please ask for a new one.',
    SETUP_LINK_INVALID: 'This setup link is invalid, has expired or was already used.',
    'role.PLATFORM_ADMIN': 'platform administration',
    'entity.DeadLetter': 'The undeliverable e-mail',
    'field.confirm': 'Type DELETE to confirm',
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

/** Numbers as people of the locale write them (12,5 in German), at most 4 decimals. */
export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 4 }).format(n);
}

/** What is wrong with one field, in words: `field.<code>` filled with the problem's params (numbers in the locale's format). */
export function fieldMessage(locale: Locale, f: { code: string; params?: Record<string, string | number> }): string {
  const params = Object.fromEntries(Object.entries(f.params ?? {}).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(locale, v) : v]));
  return translate(locale, `field.${f.code}`, params);
}

export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const catalog = MESSAGES[locale];
  // Singular where a message has one (`KEY_one`) and its count is 1 ("1 Sekunden" read wrong).
  const one = (params.count ?? params.seconds) === 1 ? (catalog[`${key}_one`] ?? MESSAGES.en[`${key}_one`]) : undefined;
  const template = one ?? catalog[key] ?? MESSAGES.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return '';
    const s = String(value);
    return catalog[`entity.${s}`] ?? catalog[`role.${s}`] ?? catalog[`lifecycle.${s}`] ?? s;
  });
}
