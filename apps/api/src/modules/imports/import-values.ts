import { isIsoDate } from '@gemeinwerk/shared';

/** How numbers are written in a file: `1.234,5` (DE) or `1,234.5` (EN). */
export type NumberFormat = 'DE' | 'EN';

/** What a cell of a mapped column must hold. `period` takes a period key (2026, 2026-Q1, 2026-03) or a date inside the period. */
export type ImportFieldType = 'text' | 'number' | 'date' | 'period' | 'boolean';

/** A cell as a reader hands it over: text (CSV, text cells), a number or a date (typed XLSX cells), or nothing. */
export type Cell = string | number | boolean | Date | null;

/** A parsed period cell: either a key or a calendar date the kind turns into its frequency's key. */
export type PeriodValue = { key: string } | { date: string };

export type ParsedValue = string | number | boolean | PeriodValue | null;

/** Spaces of every kind (incl. no-break and thin spaces German Excel puts between thousands). */
const SPACES = /[\s\u00a0\u202f\u2009]/g;
const DE_NUMBER = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const EN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DE_DECIMAL = /^[+-]?,\d+$/;

const toNumber = (text: string, format: NumberFormat): number => {
  const plain = format === 'DE' ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  return Number(plain);
};

/**
 * A number in the batch's format, or in the other one when the text can only be read that way
 * (`12.5` in a German file is twelve and a half, `1,5` in an English one one and a half). Ambiguous
 * texts (`1.234`) follow the batch's format. Undefined: not a number.
 */
export function parseNumber(cell: Cell, format: NumberFormat): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.replace(SPACES, '').replace(/^\u2212/, '-');
  if (!text) return undefined;
  const [first, second]: [RegExp, NumberFormat][] =
    format === 'DE'
      ? [
          [DE_NUMBER, 'DE'],
          [EN_NUMBER, 'EN'],
        ]
      : [
          [EN_NUMBER, 'EN'],
          [DE_NUMBER, 'DE'],
        ];
  if (first[0].test(text)) return toNumber(text, first[1]);
  if (second[0].test(text)) return toNumber(text, second[1]);
  if (DE_DECIMAL.test(text)) return toNumber(`0${text}`, 'DE');
  return undefined;
}

/** Which format the number texts of a file point to: counts texts that only one format can read. */
export function detectNumberFormat(cells: Iterable<Cell>, fallback: NumberFormat): NumberFormat {
  let de = 0;
  let en = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const text = cell.replace(SPACES, '');
    const isDe = DE_NUMBER.test(text);
    const isEn = EN_NUMBER.test(text);
    if (isDe && !isEn) de++;
    else if (isEn && !isDe) en++;
  }
  return de === en ? fallback : de > en ? 'DE' : 'EN';
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string | undefined => {
  const text = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  return isIsoDate(text) ? text : undefined;
};

/** A calendar date: `31.12.2026`, `31.12.26`, `31/12/2026`, `2026-12-31`, or a date cell. Undefined: no valid date. */
export function parseDate(cell: Cell): string | undefined {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    // Excel dates carry no zone: exceljs reads them as UTC midnight.
    return iso(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(text);
  if (m) return iso(m[3].length === 2 ? 2000 + +m[3] : +m[3], +m[2], +m[1]);
  return undefined;
}

/** A reporting period: `2026`, `2026-Q1`, `Q1 2026`, `1. Quartal 2026`, `2026-03`, `03/2026`, `03.2026`, or a date inside it. */
export function parsePeriod(cell: Cell): PeriodValue | undefined {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2200) return { key: String(cell) };
  const date = parseDate(cell);
  if (date) return { date };
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim().replace(/\s+/g, ' ');
  const year = /^(\d{4})$/.exec(text);
  if (year) return { key: year[1] };
  const quarter = /^(\d{4})-?Q([1-4])$/i.exec(text);
  if (quarter) return { key: `${quarter[1]}-Q${quarter[2]}` };
  const quarterFirst = /^(?:Q([1-4])|([1-4])\. ?(?:Quartal|Qu\.?)) ?\/? ?(\d{4})$/i.exec(text);
  if (quarterFirst) return { key: `${quarterFirst[3]}-Q${quarterFirst[1] ?? quarterFirst[2]}` };
  const month = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (month && +month[2] >= 1 && +month[2] <= 12) return { key: `${month[1]}-${pad(+month[2])}` };
  const monthFirst = /^(\d{1,2})[./](\d{4})$/.exec(text);
  if (monthFirst && +monthFirst[1] >= 1 && +monthFirst[1] <= 12) return { key: `${monthFirst[2]}-${pad(+monthFirst[1])}` };
  return undefined;
}

const DATE_LIKE = /^(\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})$/;

const TRUE = new Set(['ja', 'j', 'yes', 'y', 'true', 'wahr', 'x', '1']);
const FALSE = new Set(['nein', 'n', 'no', 'false', 'falsch', '0', '']);

export function parseBoolean(cell: Cell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  const text = typeof cell === 'string' ? cell.trim().toLowerCase() : '';
  return TRUE.has(text) ? true : FALSE.has(text) ? false : undefined;
}

/** A text cell as the form would take it: trimmed; numbers and dates as written in the locale-neutral way. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return parseDate(cell) ?? '';
  return String(cell).trim();
}

/** Empty cells (nothing, or only blanks). */
export const isEmpty = (cell: Cell) => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** A cell parsed as its field's type: the value, or the field problem code. */
export function parseCell(type: ImportFieldType, cell: Cell, format: NumberFormat): { value: ParsedValue } | { problem: string } {
  if (isEmpty(cell)) return { value: type === 'boolean' ? false : null };
  switch (type) {
    case 'number': {
      const n = parseNumber(cell, format);
      return n === undefined ? { problem: 'notANumber' } : { value: n };
    }
    case 'date': {
      const d = parseDate(cell);
      return d === undefined ? { problem: 'notADate' } : { value: d };
    }
    case 'period': {
      const p = parsePeriod(cell);
      if (p !== undefined) return { value: p };
      // Written as a date but no real one (31.02.2026): say so, not "no period".
      return { problem: typeof cell === 'string' && DATE_LIKE.test(cell.trim()) ? 'notADate' : 'notAPeriod' };
    }
    case 'boolean': {
      const b = parseBoolean(cell);
      return b === undefined ? { problem: 'notABoolean' } : { value: b };
    }
    default:
      return { value: cellText(cell) };
  }
}

/** Header text as compared with a field's synonyms: lower case, no accents or punctuation, umlauts spelt out. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
