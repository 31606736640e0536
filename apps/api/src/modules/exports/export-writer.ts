import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { germanToAscii } from '../../core/i18n/transliterate';

/**
 * The one export writer of the product: a typed column spec turns rows into CSV or XLSX with
 * German formats by default (English on request). Every list export, the whole-alliance workbook
 * and later the directory and citizen-report exports go through here, so the formats, the
 * escaping of formula-looking text (CSV injection) and the file names are the same everywhere.
 * Pure: no Nest, no database; callers load the rows through their own services first.
 */

export type ExportLocale = 'de' | 'en';
export type ExportFormat = 'csv' | 'xlsx';

/** A text in both languages; the writer picks the caller's. */
export interface Bilingual {
  de: string;
  en: string;
}

/**
 * What a column holds. `text` is escaped when it looks like a formula; the others are typed
 * cells in XLSX (numbers, dates) and locale-formatted in CSV.
 * `date` takes an ISO date (YYYY-MM-DD) or a Date; `datetime` a Date or an ISO timestamp;
 * `percent` a share 0…1.
 */
export type ColumnKind = 'text' | 'integer' | 'number' | 'date' | 'datetime' | 'percent';

export type CellValue = string | number | Date | boolean | null | undefined;

export interface ExportColumn<R> {
  header: Bilingual;
  kind: ColumnKind;
  // Method syntax on purpose: a sheet of any row type is then an ExportSheet (of unknown rows).
  value(row: R, locale: ExportLocale): CellValue;
  /** Decimal places for `number` (default: as many as the value has, up to 4) and `percent` (default 1). */
  decimals?: number;
  /** Width in characters (XLSX); default from the kind and the header. */
  width?: number;
}

export interface ExportSheet<R = unknown> {
  /** Sheet name in the workbook (≤ 31 characters after cleaning) and file-name stem. */
  title: Bilingual;
  columns: ExportColumn<R>[];
  rows: readonly R[];
}

// ---------------------------------------------------------------------------------------------
// Escaping

/**
 * Text that a spreadsheet could read as a formula (`=`, `+`, `-`, `@`, and tab or CR which
 * some programs strip first) is prefixed with an apostrophe, as OWASP recommends: the cell then
 * shows the text and never runs it. Numbers are typed cells and need no escaping.
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

// ---------------------------------------------------------------------------------------------
// Value formatting (CSV, and the text of cells that are not typed)

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as a local calendar date: ISO dates stay on their day whatever the server's zone is. */
function toDate(value: CellValue): Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'string') {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

/** Timestamps are shown on the Berlin clock: the alliances work there, and so do their readers. */
const BERLIN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function berlinParts(d: Date): { y: number; m: number; d: number; hh: number; mm: number } {
  const p = Object.fromEntries(BERLIN.formatToParts(d).map((x) => [x.type, x.value]));
  return { y: Number(p.year), m: Number(p.month), d: Number(p.day), hh: Number(p.hour), mm: Number(p.minute) };
}

export function formatDate(locale: ExportLocale, d: Date): string {
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return locale === 'de' ? `${pad(day)}.${pad(m)}.${y}` : `${y}-${pad(m)}-${pad(day)}`;
}

export function formatDateTime(locale: ExportLocale, d: Date): string {
  const p = berlinParts(d);
  return locale === 'de' ? `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.hh)}:${pad(p.mm)}` : `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.hh)}:${pad(p.mm)}`;
}

/**
 * A number for CSV: decimal comma in German, point in English, no thousands separators (a
 * spreadsheet opening the file reads "1.234" in German as 1.234, not 1234).
 */
export function formatNumber(locale: ExportLocale, n: number, decimals?: number): string {
  const text = decimals === undefined ? String(Math.round(n * 10_000) / 10_000) : n.toFixed(decimals);
  return locale === 'de' ? text.replace('.', ',') : text;
}

const YES_NO: Record<ExportLocale, [string, string]> = { de: ['ja', 'nein'], en: ['yes', 'no'] };

function asNumber(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/** The text a cell shows in CSV. */
export function csvText<R>(column: ExportColumn<R>, value: CellValue, locale: ExportLocale): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return YES_NO[locale][value ? 0 : 1];
  switch (column.kind) {
    case 'integer':
    case 'number': {
      const n = asNumber(value);
      return n === null ? escapeFormula(String(value)) : formatNumber(locale, n, column.kind === 'integer' ? 0 : column.decimals);
    }
    case 'percent': {
      const n = asNumber(value);
      return n === null ? escapeFormula(String(value)) : `${formatNumber(locale, n * 100, column.decimals ?? 1)} %`;
    }
    case 'date': {
      const d = toDate(value);
      return d ? formatDate(locale, d) : escapeFormula(String(value));
    }
    case 'datetime': {
      const d = toDate(value);
      return d ? formatDateTime(locale, d) : escapeFormula(String(value));
    }
    default:
      return escapeFormula(value instanceof Date ? formatDateTime(locale, value) : String(value));
  }
}

// ---------------------------------------------------------------------------------------------
// CSV

/** German spreadsheets expect `;` (the comma is the decimal mark); English ones `,`. */
export const CSV_SEPARATOR: Record<ExportLocale, string> = { de: ';', en: ',' };

function csvField(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with BOM (so Excel reads the umlauts), CRLF line ends, header row first. */
export function toCsv<R>(sheet: ExportSheet<R>, locale: ExportLocale): string {
  const sep = CSV_SEPARATOR[locale];
  const lines = [sheet.columns.map((c) => csvField(escapeFormula(c.header[locale]), sep)).join(sep)];
  for (const row of sheet.rows) lines.push(sheet.columns.map((c) => csvField(csvText(c, c.value(row, locale), locale), sep)).join(sep));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// XLSX

/**
 * Number formats are stored in the file in Excel's neutral notation (`#,##0.00`); Excel shows them
 * with the reader's separators, so a German Excel shows 1.234,50. Dates get the locale's order.
 */
function numFmt(column: ExportColumn<unknown>, locale: ExportLocale): string | undefined {
  const decimals = (n: number) => (n > 0 ? `#,##0.${'0'.repeat(n)}` : '#,##0');
  switch (column.kind) {
    case 'integer':
      return '#,##0';
    case 'number':
      // General: Excel shows as many decimals as the value has, with the reader's decimal mark.
      return column.decimals === undefined ? 'General' : decimals(column.decimals);
    case 'percent':
      return `${decimals(column.decimals ?? 1)} %`.replace(' %', '%');
    case 'date':
      return locale === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
    case 'datetime':
      return locale === 'de' ? 'dd.mm.yyyy hh:mm' : 'yyyy-mm-dd hh:mm';
    default:
      return undefined;
  }
}

/** The value as an XLSX cell: numbers and dates typed, everything else escaped text. */
export function xlsxValue<R>(column: ExportColumn<R>, value: CellValue, locale: ExportLocale): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return YES_NO[locale][value ? 0 : 1];
  switch (column.kind) {
    case 'integer':
    case 'number':
    case 'percent': {
      const n = asNumber(value);
      return n === null ? escapeFormula(String(value)) : n;
    }
    case 'date': {
      const d = toDate(value);
      return d ?? escapeFormula(String(value));
    }
    case 'datetime': {
      const d = toDate(value);
      if (!d) return escapeFormula(String(value));
      // Excel has no time zones: write the Berlin wall-clock time as if it were UTC.
      const p = berlinParts(d);
      return new Date(Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mm));
    }
    default:
      return escapeFormula(value instanceof Date ? formatDateTime(locale, value) : String(value));
  }
}

/** Sheet names: at most 31 characters, none of `[]:*?/\`, unique within the workbook. */
export function sheetName(title: string, taken: Set<string>): string {
  const base =
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Tabelle';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function columnWidth(column: ExportColumn<unknown>, locale: ExportLocale): number {
  if (column.width) return column.width;
  const byKind: Record<ColumnKind, number> = { text: 28, integer: 12, number: 14, percent: 12, date: 12, datetime: 17 };
  return Math.min(60, Math.max(byKind[column.kind], column.header[locale].length + 2));
}

/**
 * Streams a workbook with one worksheet per sheet to `out` (exceljs' streaming writer: rows are
 * committed as they are written, so memory stays flat however long a list is). Header row bold
 * and frozen, with an auto-filter; typed number and date cells with the locale's formats.
 */
export async function writeXlsx(out: Writable, sheets: ExportSheet[], locale: ExportLocale, meta: { creator?: string } = {}): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = meta.creator ?? 'Gemeinwerk';
  workbook.created = new Date();
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheetName(sheet.title[locale], taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ width: columnWidth(c, locale), style: numFmt(c, locale) ? { numFmt: numFmt(c, locale) } : {} }));
    const header = ws.addRow(sheet.columns.map((c) => escapeFormula(c.header[locale])));
    header.font = { bold: true };
    header.commit();
    if (sheet.columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    for (const row of sheet.rows) ws.addRow(sheet.columns.map((c) => xlsxValue(c, c.value(row, locale), locale))).commit();
    ws.commit();
  }
  await workbook.commit();
}

/** The workbook as a Buffer (tests, mail attachments). */
export async function xlsxBuffer(sheets: ExportSheet[], locale: ExportLocale): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  await writeXlsx(sink, sheets, locale);
  await done;
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------
// File names and HTTP headers

/** `Indikatoren_Bildungsbündnis-Oststadt_07.12.2026.csv` — readable, German by default. */
export function exportFileName(parts: string[], format: ExportFormat, locale: ExportLocale, today = new Date()): string {
  const clean = (s: string) =>
    s
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not carry
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 60);
  const stamp = formatDate(locale, new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())));
  return `${[...parts.map(clean).filter(Boolean), stamp].join('_')}.${format}`;
}

/** RFC 6266: an ASCII fallback plus the UTF-8 name (umlauts survive in every current browser). */
export function contentDisposition(fileName: string): string {
  const ascii = germanToAscii(fileName)
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
