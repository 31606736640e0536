import type { ImportField, ImportRow, RowProblem } from './import-kind';
import { type Cell, detectNumberFormat, isEmpty, normaliseHeader, type NumberFormat, parseCell, type ParsedValue } from './import-values';

/** Field key → column index in the file. */
export type ColumnMapping = Record<string, number>;

/**
 * The columns for the fields: the alliance's saved mapping for the kind where its header texts
 * occur in this file, else the first header that is one of the field's synonyms.
 */
export function suggestMapping(fields: ImportField[], headers: string[], saved?: Record<string, string>): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const f of fields) {
    const remembered = saved?.[f.key];
    const at = remembered === undefined ? -1 : normalised.indexOf(normaliseHeader(remembered));
    if (at >= 0 && !taken.has(at)) {
      mapping[f.key] = at;
      taken.add(at);
    }
  }
  for (const f of fields) {
    if (f.key in mapping) continue;
    const names = [f.key, f.label.de, f.label.en, ...f.synonyms].map(normaliseHeader);
    const at = normalised.findIndex((h, i) => !taken.has(i) && names.includes(h));
    if (at >= 0) {
      mapping[f.key] = at;
      taken.add(at);
    }
  }
  return mapping;
}

/** Problems of the mapping itself: a required field without a column, a column that does not exist or is used twice. */
export function mappingProblems(fields: ImportField[], headers: string[], mapping: ColumnMapping): { field: string; code: string }[] {
  const problems: { field: string; code: string }[] = [];
  const used = new Map<number, string>();
  for (const f of fields) {
    const column = mapping[f.key];
    if (column === undefined || column === null) {
      if (f.required) problems.push({ field: f.key, code: 'required' });
      continue;
    }
    if (!Number.isInteger(column) || column < 0 || column >= headers.length) problems.push({ field: f.key, code: 'invalid' });
    else if (used.has(column)) problems.push({ field: f.key, code: 'duplicate' });
    else used.set(column, f.key);
  }
  for (const key of Object.keys(mapping)) if (!fields.some((f) => f.key === key)) problems.push({ field: key, code: 'invalid' });
  return problems;
}

/** The number format the mapped number columns point to (German unless the texts say otherwise, or the file is a comma CSV). */
export function numberFormatOf(fields: ImportField[], mapping: ColumnMapping, rows: { cells: Cell[] }[], fallback: NumberFormat): NumberFormat {
  const columns = fields.filter((f) => f.type === 'number' && mapping[f.key] !== undefined).map((f) => mapping[f.key]);
  function* cells() {
    for (const r of rows) for (const c of columns) yield r.cells[c] ?? null;
  }
  return detectNumberFormat(cells(), fallback);
}

/** Every row with its mapped cells parsed; a row with a cell that cannot be read gets its problems (all of them) instead. */
export function parseRows(
  fields: ImportField[],
  mapping: ColumnMapping,
  rows: { rowNo: number; cells: Cell[] }[],
  format: NumberFormat,
): { parsed: ImportRow[]; problems: RowProblem[] } {
  const parsed: ImportRow[] = [];
  const problems: RowProblem[] = [];
  const mapped = fields.map((f) => ({ f, column: mapping[f.key] }));
  // Dates and periods repeat down a file (a few dozen distinct texts in 200,000 rows): each text is parsed once.
  const memo = new Map<string, ReturnType<typeof parseCell>>();
  const parse = (type: ImportField['type'], cell: Cell) => {
    if ((type !== 'period' && type !== 'date') || typeof cell !== 'string') return parseCell(type, cell, format);
    const key = `${type}\u0000${cell}`;
    let result = memo.get(key);
    if (!result) memo.set(key, (result = parseCell(type, cell, format)));
    return result;
  };
  for (const row of rows) {
    const values: Record<string, ParsedValue> = {};
    let bad = false;
    for (const { f, column } of mapped) {
      const cell: Cell = column === undefined ? null : (row.cells[column] ?? null);
      if (f.required && isEmpty(cell)) {
        problems.push({ rowNo: row.rowNo, field: f.key, code: 'required' });
        bad = true;
        continue;
      }
      const result = parse(f.type, cell);
      if ('problem' in result) {
        problems.push({ rowNo: row.rowNo, field: f.key, code: result.problem, params: { text: String(cell).slice(0, 40) } });
        bad = true;
      } else values[f.key] = result.value;
    }
    if (!bad) parsed.push({ rowNo: row.rowNo, values });
  }
  return { parsed, problems };
}
