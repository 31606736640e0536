import type { ImportField, ImportRow, RowProblem } from '../imports/import-kind';
import type { PortalOfferContent } from './portal.models';
import { contentProblems, normaliseContent } from './portal.rules';

/** The columns of an offer list (as municipalities keep them in Excel), German and English headers. */
export const OFFER_IMPORT_FIELDS: ImportField[] = [
  {
    key: 'title',
    type: 'text',
    required: true,
    label: { de: 'Titel', en: 'Title' },
    synonyms: ['Angebot', 'Name des Angebots', 'Bezeichnung', 'Offer', 'Name'],
  },
  {
    key: 'provider',
    type: 'text',
    required: true,
    label: { de: 'Anbieter', en: 'Provider' },
    synonyms: ['Träger', 'Organisation', 'Einrichtung', 'Anbieter*in', 'Organisation name', 'Organization'],
  },
  { key: 'summary', type: 'text', required: false, label: { de: 'Kurzbeschreibung', en: 'Summary' }, synonyms: ['Kurztext', 'Teaser', 'Short description'] },
  { key: 'description', type: 'text', required: false, label: { de: 'Beschreibung', en: 'Description' }, synonyms: ['Text', 'Details', 'Langtext'] },
  { key: 'categories', type: 'text', required: false, label: { de: 'Kategorien', en: 'Categories' }, synonyms: ['Kategorie', 'Thema', 'Themen', 'Category'] },
  {
    key: 'targetGroups',
    type: 'text',
    required: false,
    label: { de: 'Zielgruppen', en: 'Target groups' },
    synonyms: ['Zielgruppe', 'Für wen', 'Target group'],
  },
  { key: 'ageMin', type: 'number', required: false, label: { de: 'Alter von', en: 'Age from' }, synonyms: ['Mindestalter', 'ab Alter', 'Minimum age'] },
  { key: 'ageMax', type: 'number', required: false, label: { de: 'Alter bis', en: 'Age to' }, synonyms: ['Höchstalter', 'bis Alter', 'Maximum age'] },
  { key: 'district', type: 'text', required: false, label: { de: 'Stadtteil', en: 'District' }, synonyms: ['Quartier', 'Ortsteil', 'Bezirk', 'Sozialraum'] },
  { key: 'street', type: 'text', required: false, label: { de: 'Straße', en: 'Street' }, synonyms: ['Adresse', 'Straße und Hausnummer', 'Address'] },
  { key: 'postalCode', type: 'text', required: false, label: { de: 'Postleitzahl', en: 'Postal code' }, synonyms: ['PLZ', 'Postcode', 'ZIP'] },
  { key: 'city', type: 'text', required: false, label: { de: 'Ort', en: 'City' }, synonyms: ['Stadt', 'Gemeinde', 'Town'] },
  {
    key: 'scheduleNote',
    type: 'text',
    required: false,
    label: { de: 'Termine und Zeiten', en: 'Dates and times' },
    synonyms: ['Zeiten', 'Termine', 'Öffnungszeiten', 'When'],
  },
  { key: 'isFree', type: 'boolean', required: false, label: { de: 'Kostenlos', en: 'Free' }, synonyms: ['gratis', 'kostenfrei', 'Free of charge'] },
  { key: 'costNote', type: 'text', required: false, label: { de: 'Kosten', en: 'Cost' }, synonyms: ['Preis', 'Gebühr', 'Price', 'Fee'] },
  { key: 'languages', type: 'text', required: false, label: { de: 'Sprachen', en: 'Languages' }, synonyms: ['Sprache', 'Language'] },
  {
    key: 'registrationRequired',
    type: 'boolean',
    required: false,
    label: { de: 'Anmeldung nötig', en: 'Registration required' },
    synonyms: ['Anmeldung', 'Anmeldung erforderlich', 'Registration'],
  },
  {
    key: 'contactName',
    type: 'text',
    required: false,
    label: { de: 'Ansprechperson', en: 'Contact person' },
    synonyms: ['Kontakt', 'Ansprechpartner', 'Contact'],
  },
  { key: 'contactEmail', type: 'text', required: false, label: { de: 'E-Mail', en: 'E-mail' }, synonyms: ['E-Mail-Adresse', 'Mail', 'Email'] },
  { key: 'contactPhone', type: 'text', required: false, label: { de: 'Telefon', en: 'Phone' }, synonyms: ['Telefonnummer', 'Tel.', 'Phone number'] },
];

/** The maximum lengths of the form (PortalOfferContentInput), so a file cannot store what the form refuses. */
const MAX: Record<string, number> = {
  title: 150,
  provider: 200,
  summary: 300,
  description: 8000,
  street: 200,
  postalCode: 10,
  city: 100,
  scheduleNote: 500,
  costNote: 300,
  contactName: 100,
  contactEmail: 200,
  contactPhone: 40,
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const lower = (s: string) => s.trim().toLocaleLowerCase('de');
const list = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(/[,;]/)
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

export interface OfferImportLookups {
  providers: { id: string; name: string }[];
  districts: { id: string; name: string }[];
}

export interface PreparedOffer {
  /** The provider of this portal the row names; null: none is called so yet, the import creates it as `providerName`. */
  providerId: string | null;
  providerName: string;
  content: PortalOfferContent;
}

/**
 * One row of an offer list as the form would take it: the provider and district by name (of this
 * portal), lists split at commas, the form's lengths, ranges and `contentProblems`. Languages
 * default to German as in the form; an offer without a cost is free. A provider name the portal
 * does not know yet is a new provider profile (without any access: the editors invite its people
 * later), created once per name (any case) when the import is committed.
 */
export function checkOfferRows(rows: ImportRow[], lookups: OfferImportLookups): { problems: RowProblem[]; prepared: PreparedOffer[] } {
  const providerBy = new Map(lookups.providers.map((p) => [lower(p.name), p.id]));
  const districtBy = new Map(lookups.districts.map((d) => [lower(d.name), d.id]));
  const problems: RowProblem[] = [];
  const prepared: PreparedOffer[] = [];
  for (const row of rows) {
    const v = row.values;
    const found: RowProblem[] = [];
    const problem = (p: Omit<RowProblem, 'rowNo'>) => found.push({ rowNo: row.rowNo, ...p });
    const text = (k: string) => (typeof v[k] === 'string' ? (v[k] as string).trim() : v[k] === null || v[k] === undefined ? '' : String(v[k]));
    for (const [k, max] of Object.entries(MAX)) if (text(k).length > max) problem({ field: k, code: 'tooLong', params: { max } });
    if (text('title').length > 0 && text('title').length < 3) problem({ field: 'title', code: 'tooShort', params: { min: 3 } });
    const providerText = text('provider').replace(/\s+/g, ' ');
    const providerId = providerBy.get(lower(providerText)) ?? null;
    if (!providerText) problem({ field: 'provider', code: 'required' });
    const districtText = text('district');
    const districtId = districtText ? districtBy.get(lower(districtText)) : null;
    if (districtId === undefined) problem({ field: 'district', code: 'unknownDistrict', params: { text: districtText.slice(0, 60) } });
    const age = (k: 'ageMin' | 'ageMax') => {
      const n = v[k];
      if (n === null || n === undefined || n === '') return null;
      if (typeof n !== 'number' || !Number.isInteger(n)) return (problem({ field: k, code: 'notInteger' }), null);
      if (n < 0 || n > 120) return (problem({ field: k, code: 'range' }), null);
      return n;
    };
    const ageMin = age('ageMin');
    const ageMax = age('ageMax');
    if (text('contactEmail') && !EMAIL.test(text('contactEmail'))) problem({ field: 'contactEmail', code: 'email' });
    const categories = list(v.categories);
    const targetGroups = list(v.targetGroups);
    if (categories.length > 10 || categories.some((c) => c.length > 60)) problem({ field: 'categories', code: 'tooMany' });
    if (targetGroups.length > 10 || targetGroups.some((c) => c.length > 60)) problem({ field: 'targetGroups', code: 'tooMany' });
    const languages = list(v.languages).map((l) => l.toLowerCase());
    if (languages.some((l) => !/^[a-z]{2}$/.test(l))) problem({ field: 'languages', code: 'invalid' });
    const content = normaliseContent({
      title: text('title'),
      summary: text('summary'),
      description: text('description'),
      categories,
      targetGroups,
      ageMin,
      ageMax,
      districtId: districtId ?? null,
      street: text('street'),
      postalCode: text('postalCode'),
      city: text('city'),
      scheduleKind: 'ONGOING',
      schedule: [],
      scheduleNote: text('scheduleNote'),
      // Free unless a cost is named (a "no" in a free column without a cost says nothing the form could store).
      isFree: v.isFree === true || !text('costNote'),
      costNote: text('costNote'),
      stepFree: false,
      signLanguage: false,
      easyLanguage: false,
      languages: languages.length ? languages : ['de'],
      registrationRequired: v.registrationRequired === true,
      registrationNote: '',
      contactName: text('contactName'),
      contactEmail: text('contactEmail'),
      contactPhone: text('contactPhone'),
      imageIds: [],
      goalIds: [],
      activityIds: [],
    });
    for (const p of contentProblems(content)) problem({ field: p.field.replace(/^content\./, ''), code: p.code });
    problems.push(...found);
    if (!found.length) prepared.push({ providerId, providerName: providerText, content });
  }
  return { problems, prepared };
}
