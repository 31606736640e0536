import type { Bilingual, ExportLocale } from './export-writer';

/** Words for the domain's enum values in exported cells, as the screens say them. */
const LABELS: Record<string, Bilingual> = {
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
  ARCHIVED: { de: 'Archiviert', en: 'Archived' },
  // memberships
  BACKBONE: { de: 'Geschäftsstelle', en: 'Backbone' },
  PARTNER: { de: 'Partner', en: 'Partner' },
  FUNDER: { de: 'Förderer', en: 'Funder' },
  OBSERVER: { de: 'Beobachter', en: 'Observer' },
  INVITED: { de: 'Eingeladen', en: 'Invited' },
  LEFT: { de: 'Ausgetreten', en: 'Left' },
};

export const label = (value: string | null | undefined, locale: ExportLocale): string | null => (value ? (LABELS[value]?.[locale] ?? value) : null);
