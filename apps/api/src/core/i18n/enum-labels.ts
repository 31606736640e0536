import type { Locale } from './messages';

/**
 * Words for the domain's enum values in what the server writes itself (exports, the funder
 * report), as the screens say them. The one table: a value has one name in every document.
 */
const LABELS: Record<string, Record<Locale, string>> = {
  // measurement and completeness status
  MISSING: { de: 'fehlt', en: 'missing' },
  DRAFT: { de: 'Entwurf', en: 'Draft' },
  SUBMITTED: { de: 'Eingereicht', en: 'Submitted' },
  APPROVED: { de: 'Freigegeben', en: 'Approved' },
  REJECTED: { de: 'Zurückgewiesen', en: 'Rejected' },
  // activity status
  PLANNED: { de: 'Geplant', en: 'Planned' },
  RUNNING: { de: 'Läuft', en: 'Running' },
  PAUSED: { de: 'Pausiert', en: 'Paused' },
  COMPLETED: { de: 'Abgeschlossen', en: 'Completed' },
  CANCELLED: { de: 'Abgesagt', en: 'Cancelled' },
  // log entry types and conflict states
  MEETING: { de: 'Treffen', en: 'Meeting' },
  DECISION: { de: 'Entscheidung', en: 'Decision' },
  UPDATE: { de: 'Neuigkeit', en: 'Update' },
  CONFLICT: { de: 'Konflikt', en: 'Conflict' },
  ANNOUNCEMENT: { de: 'Ankündigung', en: 'Announcement' },
  OPEN: { de: 'Offen', en: 'Open' },
  RESOLVED: { de: 'Gelöst', en: 'Resolved' },
  // indicators
  INCREASE: { de: 'Steigen', en: 'Increase' },
  DECREASE: { de: 'Sinken', en: 'Decrease' },
  MAINTAIN: { de: 'Halten', en: 'Maintain' },
  SUM: { de: 'Summe', en: 'Sum' },
  AVERAGE: { de: 'Durchschnitt', en: 'Average' },
  LATEST: { de: 'Letzter Wert', en: 'Latest' },
  RATIO: { de: 'Quote', en: 'Ratio' },
  MONTHLY: { de: 'Monatlich', en: 'Monthly' },
  QUARTERLY: { de: 'Quartalsweise', en: 'Quarterly' },
  YEARLY: { de: 'Jährlich', en: 'Yearly' },
  HOW_MUCH: { de: 'Wie viel?', en: 'How much?' },
  HOW_WELL: { de: 'Wie gut?', en: 'How well?' },
  BETTER_OFF: { de: 'Geht es jemandem besser?', en: 'Is anyone better off?' },
  ACTIVE: { de: 'Aktiv', en: 'Active' },
  // goals (PLANNED and ACTIVE as above)
  ACHIEVED: { de: 'Erreicht', en: 'Achieved' },
  DROPPED: { de: 'Aufgegeben', en: 'Dropped' },
  ARCHIVED: { de: 'Archiviert', en: 'Archived' },
  // memberships
  BACKBONE: { de: 'Geschäftsstelle', en: 'Backbone' },
  PARTNER: { de: 'Partner', en: 'Partner' },
  FUNDER: { de: 'Förderer', en: 'Funder' },
  OBSERVER: { de: 'Beobachter', en: 'Observer' },
  INVITED: { de: 'Eingeladen', en: 'Invited' },
  LEFT: { de: 'Ausgetreten', en: 'Left' },
};

/** An enum value's name (`FUNDER` → Förderer), the value itself when it has none, null for none. */
export function enumLabel(value: string | null | undefined, locale: Locale): string | null {
  return value ? (LABELS[value]?.[locale] ?? value) : null;
}
