import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { DomainError } from '../../core/errors';
import type { Cell } from './import-values';
import { inspectZip } from './zip-guard';

export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 500_000;
export const MAX_IMPORT_COLUMNS = 100;
export const MAX_CELL_CHARS = 10_000;

export interface FileShape {
  fileType: 'csv' | 'xlsx';
  encoding: string | null;
  separator: string | null;
  headers: string[];
}

/** Called with the rows of a file in chunks, as they are read; the row number is the spreadsheet's (header = 1). */
export type RowSink = (rows: { rowNo: number; cells: Cell[] }[]) => Promise<void>;

const CHUNK = 5_000;

/** UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-1252 (German Excel's "CSV (Trennzeichen-getrennt)"). */
export function decodeText(bytes: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'win1252'), encoding: 'windows-1252' };
  }
}

/** The separator of the header line: semicolon (German Excel), comma or tab, whichever occurs most outside quotes. */
export function sniffSeparator(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ';';
  for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep;
  return best;
}

export const tooLarge = () => new DomainError('IMPORT_TOO_MANY_ROWS', { max: MAX_IMPORT_ROWS, columns: MAX_IMPORT_COLUMNS });
const unreadable = (reason: string) =>
  reason === 'zipBomb'
    ? new DomainError('IMPORT_ZIP_REFUSED')
    : reason === 'tooManyColumns'
      ? tooLarge()
      : new DomainError('IMPORT_FILE_UNREADABLE', { reason });

/** Reads the file (by its content, not its name), hands its rows to `sink` in chunks and answers with its shape. */
export async function readImportFile(bytes: Buffer, sink: RowSink): Promise<FileShape & { rowCount: number }> {
  const isZip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  return isZip ? readXlsx(bytes, sink) : readCsv(bytes, sink);
}

/**
 * A CSV PostgreSQL's own CSV parser can stage (COPY … FORMAT csv) with exactly the rows and row
 * numbers `readImportFile` would produce: no quote character anywhere (so every line is one row
 * and the row number is the line number), no NUL, no `\.` line (COPY's end marker), a header in
 * the first line. Everything else, and a file COPY then refuses (ragged rows, mixed line ends,
 * bytes Windows-1252 has no character for), goes through `readImportFile`.
 */
export interface CopyableCsv {
  encoding: 'utf-8' | 'windows-1252';
  separator: string;
  headers: string[];
  /** The bytes after the header line, in the file's encoding. */
  body: Buffer;
}

export function copyableCsv(bytes: Buffer): CopyableCsv | null {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return null;
  if (bytes.includes(0x22) || bytes.includes(0)) return null;
  for (let at = bytes.indexOf('\\.'); at >= 0; at = bytes.indexOf('\\.', at + 1)) {
    const before = at === 0 ? 0x0a : bytes[at - 1];
    const after = at + 2 >= bytes.length ? 0x0a : bytes[at + 2];
    if ((before === 0x0a || before === 0x0d) && (after === 0x0a || after === 0x0d)) return null;
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const encoding = bom || isUtf8(bytes) ? 'utf-8' : 'windows-1252';
  let end = bytes.indexOf(0x0a);
  const cr = bytes.indexOf(0x0d);
  if (end < 0 || (cr >= 0 && cr < end - 1)) return null;
  const bodyStart = end + 1;
  if (end > 0 && bytes[end - 1] === 0x0d) end--;
  const head = bytes.subarray(bom ? 3 : 0, end);
  const line = encoding === 'utf-8' ? head.toString('utf8') : iconv.decode(head, 'win1252');
  const separator = sniffSeparator(line);
  const cells = line.split(separator);
  if (cells.every((c) => c.trim() === '')) return null;
  if (cells.length > MAX_IMPORT_COLUMNS) throw tooLarge();
  return {
    encoding,
    separator,
    headers: cells.map((c, i) => c.slice(0, MAX_CELL_CHARS).trim() || `#${i + 1}`),
    body: bytes.subarray(bodyStart),
  };
}

class Collector {
  headers: string[] | null = null;
  rowCount = 0;
  private chunk: { rowNo: number; cells: Cell[] }[] = [];
  constructor(private readonly sink: RowSink) {}

  async add(rowNo: number, cells: Cell[]): Promise<void> {
    if (cells.length > MAX_IMPORT_COLUMNS) throw unreadable('tooManyColumns');
    const trimmed = cells.map((c) => (typeof c === 'string' && c.length > MAX_CELL_CHARS ? c.slice(0, MAX_CELL_CHARS) : c));
    if (trimmed.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) return;
    if (!this.headers) {
      this.headers = trimmed.map((c, i) => (c === null ? '' : String(c).trim()) || `#${i + 1}`);
      return;
    }
    if (++this.rowCount > MAX_IMPORT_ROWS) throw tooLarge();
    this.chunk.push({ rowNo, cells: trimmed });
    if (this.chunk.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.chunk.length) return;
    const rows = this.chunk;
    this.chunk = [];
    await this.sink(rows);
  }
}

async function readCsv(bytes: Buffer, sink: RowSink) {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) throw unreadable('notCsv');
  const separator = sniffSeparator(text);
  const collector = new Collector(sink);
  const parser = Readable.from([text]).pipe(parse({ delimiter: separator, relax_column_count: true, relax_quotes: true, bom: true, info: true }));
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      await collector.add(record.info.lines, record.record);
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw unreadable('notCsv');
  }
  await collector.flush();
  if (!collector.headers) throw unreadable('empty');
  return { fileType: 'csv' as const, encoding, separator, headers: collector.headers, rowCount: collector.rowCount };
}

/** A cell of exceljs as the pipeline takes it: the cached result of a formula (never evaluated), the text of rich text and links. */
function xlsxCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('result' in v) return xlsxCell((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in v) return String((v as { text: unknown }).text);
    if ('error' in v) return null;
  }
  return null;
}

async function readXlsx(bytes: Buffer, sink: RowSink) {
  const verdict = inspectZip(bytes);
  if (!verdict.ok) throw unreadable(verdict.reason === 'notAZip' ? 'notXlsx' : 'zipBomb');
  const collector = new Collector(sink);
  // Streaming: shared strings and styles are cached (dates need the number formats), hyperlinks
  // and everything else ignored; external links are never followed, formulas never evaluated.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row.values as ExcelJS.CellValue[]) ?? [];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(xlsxCell(values[i]));
        await collector.add(row.number, cells);
      }
      break; // the first worksheet only
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw unreadable('notXlsx');
  }
  await collector.flush();
  if (!collector.headers) throw unreadable('empty');
  return { fileType: 'xlsx' as const, encoding: null, separator: null, headers: collector.headers, rowCount: collector.rowCount };
}
