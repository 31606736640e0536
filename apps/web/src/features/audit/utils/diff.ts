/** One field of an audit event, before and after the change. */
export interface DiffRow {
  /** The field's name in the data ('' when the whole value is one scalar or list). */
  field: string;
  before: unknown;
  after: unknown;
  /** True when the field differs (added, removed or changed). */
  changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON with the keys of every object sorted, so that key order never counts as a change. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isRecord(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

export const sameValue = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * The fields of before and after side by side: every field of either, in the order they first
 * appear (before's first), changed ones marked. A missing side (created, deleted) counts as empty.
 */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const b = before ?? null;
  const a = after ?? null;
  if ((b !== null && !isRecord(b)) || (a !== null && !isRecord(a))) return [{ field: '', before: b, after: a, changed: !sameValue(b, a) }];
  const left = (b ?? {}) as Record<string, unknown>;
  const right = (a ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return fields.map((field) => ({ field, before: left[field], after: right[field], changed: !sameValue(left[field], right[field]) }));
}

/** A value as readable text: nothing as an em dash, text as it is, lists and objects as indented JSON. */
export function valueText(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v, null, 2);
}
