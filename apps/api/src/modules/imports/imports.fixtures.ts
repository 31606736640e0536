import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { TestApp } from '../../test/test-app';

/** Test helpers of the import suites: files as offices make them, and the upload as the web app sends it. */

export const BATCH_FIELDS = `id kind status version rowCount errorRows processedRows createdCount updatedCount numberFormat encoding separator fileType headers
  columns { field column } failure`;
export const BATCH = `query($a: ID!, $b: ID!) { importBatch(allianceId: $a, batchId: $b) { ${BATCH_FIELDS} } }`;
export const ROWS = `query($a: ID!, $b: ID!, $only: Boolean, $p: PageInput) {
  importRows(allianceId: $a, batchId: $b, onlyProblems: $only, page: $p) { totalCount nodes { rowNo cells problems { field code message } } } }`;
export const CHECK = `mutation($i: CheckImportInput!) { checkImport(input: $i) { ${BATCH_FIELDS} } }`;
export const COMMIT = `mutation($i: ImportBatchStepInput!) { commitImport(input: $i) { ${BATCH_FIELDS} } }`;
export const UNDO = `mutation($i: ImportBatchStepInput!) { undoImport(input: $i) { ${BATCH_FIELDS} } }`;
export const LIST = `query($a: ID!) { importBatches(allianceId: $a) { totalCount nodes { id status fileName } } }`;

/** A semicolon CSV in Windows-1252, as German Excel saves "CSV (Trennzeichen-getrennt)". */
export function germanCsv(rows: string[][]): Buffer {
  return iconv.encode(rows.map((r) => r.join(';')).join('\r\n') + '\r\n', 'win1252');
}

/** An XLSX whose cells are text as German exports often have them ("1.234,5", "31.12.2026"). */
export async function xlsx(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Werte');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function upload(
  baseUrl: string,
  o: { allianceId: string; kind?: string; file: Buffer; fileName?: string; token?: string; cookie?: string; headers?: Record<string, string>; lang?: string },
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(o.file)]), o.fileName ?? 'werte.csv');
  const headers: Record<string, string> = { 'x-gemeinwerk-upload': '1', 'accept-language': o.lang ?? 'de', ...o.headers };
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  if (o.cookie) headers.cookie = o.cookie;
  const res = await fetch(`${baseUrl}/imports/upload?allianceId=${o.allianceId}&kind=${o.kind ?? 'measurements'}`, { method: 'POST', body: form, headers });
  const body = (await res.json().catch(() => ({}))) as {
    data?: { batchId: string; version: number; rowCount: number };
    errors?: { message: string; extensions: { code: string } }[];
  };
  return { status: res.status, ...body };
}

/** Uploads a German CSV of `kind` and runs the dry-run with the proposed mapping: the checked batch. */
export async function uploadAndCheck(t: TestApp, o: { allianceId: string; kind: string; rows: string[][]; token: string }) {
  const up = await upload(t.url, { allianceId: o.allianceId, kind: o.kind, file: germanCsv(o.rows), token: o.token });
  if (!up.data) throw new Error(`upload failed: ${JSON.stringify(up.errors)}`);
  const batch = (await t.ok(BATCH, { a: o.allianceId, b: up.data.batchId }, { token: o.token })).importBatch;
  const columns = batch.columns.map((c: { field: string; column: number }) => ({ field: c.field, column: c.column }));
  return (await t.ok(CHECK, { i: { allianceId: o.allianceId, batchId: batch.id, version: batch.version, columns } }, { token: o.token })).checkImport;
}
