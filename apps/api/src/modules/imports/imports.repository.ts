import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';
import type { CopyableCsv } from './file-reader';
import type { RowProblem } from './import-kind';
import type { Cell } from './import-values';

export type ImportStatus = 'UPLOADED' | 'CHECKING' | 'PREVIEWED' | 'COMMITTING' | 'COMMITTED' | 'UNDONE' | 'FAILED';

export interface BatchRow {
  id: string;
  kind: string;
  fileName: string;
  fileType: string;
  encoding: string | null;
  separator: string | null;
  headers: string[];
  mapping: Record<string, number> | null;
  numberFormat: 'DE' | 'EN';
  rowCount: number;
  errorRows: number;
  processedRows: number;
  status: ImportStatus;
  createdCount: number | null;
  updatedCount: number | null;
  failure: string | null;
  createdByUserId: string;
  createdByName: string | null;
  createdAt: Date;
  committedAt: Date | null;
  undoneAt: Date | null;
  version: number;
  sortAt: string;
}

const BATCH_COLUMNS = `b.id, b.kind, b.file_name AS "fileName", b.file_type AS "fileType", b.encoding, b.separator, b.headers, b.mapping,
  b.number_format AS "numberFormat", b.row_count AS "rowCount", b.error_rows AS "errorRows", b.processed_rows AS "processedRows", b.status,
  b.created_count AS "createdCount", b.updated_count AS "updatedCount", b.failure, b.created_by_user_id AS "createdByUserId",
  u.name AS "createdByName", b.created_at AS "createdAt", b.committed_at AS "committedAt", b.undone_at AS "undoneAt", b.version,
  b.created_at::text AS "sortAt"`;

@Injectable()
export class ImportsRepository {
  async createBatch(
    em: EntityManager,
    b: {
      allianceId: string;
      id: string;
      kind: string;
      fileName: string;
      fileType: string;
      encoding: string | null;
      separator: string | null;
      headers: string[];
      numberFormat: string;
      rowCount: number;
      userId: string;
    },
  ): Promise<void> {
    await em.query(
      `INSERT INTO import_batches (alliance_id, id, kind, file_name, file_type, encoding, separator, headers, number_format, row_count, status, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'UPLOADED', $11)`,
      [b.allianceId, b.id, b.kind, b.fileName, b.fileType, b.encoding, b.separator, JSON.stringify(b.headers), b.numberFormat, b.rowCount, b.userId],
    );
  }

  /**
   * Rows of a file, streamed: COPY into a transaction-local scratch table (COPY FROM cannot write a
   * table under row-level security), then one INSERT … SELECT into `import_rows`, where the
   * alliance's policy applies as to every write. Without a raw connection (never in the app) the
   * rows go in as one JSON document.
   */
  async insertRows(em: EntityManager, allianceId: string, batchId: string, chunk: { rowNo: number; cells: Cell[] }[]): Promise<void> {
    const cellsOf = (r: { cells: Cell[] }) => JSON.stringify(r.cells.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)));
    const client = (em.queryRunner as unknown as { databaseConnection?: PoolClient } | undefined)?.databaseConnection;
    if (!client) {
      await em.query(
        `INSERT INTO import_rows (alliance_id, batch_id, row_no, cells)
         SELECT $1, $2, (r->>0)::int, r->1 FROM jsonb_array_elements($3::jsonb) r`,
        [allianceId, batchId, `[${chunk.map((r) => `[${r.rowNo},${cellsOf(r)}]`).join(',')}]`],
      );
      return;
    }
    await em.query(`CREATE TEMP TABLE IF NOT EXISTS import_stage (row_no int NOT NULL, cells jsonb NOT NULL) ON COMMIT DROP`);
    // COPY text format: JSON has no raw tab or newline, only its backslashes need doubling.
    const text = chunk.map((r) => `${r.rowNo}\t${cellsOf(r).replace(/\\/g, '\\\\')}\n`).join('');
    await pipeline(Readable.from([text]), client.query(copyFrom('COPY import_stage (row_no, cells) FROM STDIN')));
    await em.query(
      `WITH staged AS (DELETE FROM import_stage RETURNING row_no, cells)
       INSERT INTO import_rows (alliance_id, batch_id, row_no, cells) SELECT $1, $2, row_no, cells FROM staged`,
      [allianceId, batchId],
    );
  }

  /**
   * A CSV staged by PostgreSQL's own CSV parser: the bytes after the header line go by `COPY …
   * (FORMAT csv)` into a transaction-local table (one text column per header, an identity for the
   * line), then into `import_rows` with one INSERT … SELECT under the alliance's policy — the rows
   * `readImportFile` would stage: row number = line number, cells as text (empty: ''), cut at 10,000
   * characters, blank lines left out. Null (and nothing staged) when COPY refuses the file: the caller reads it in
   * the API instead.
   */
  async copyCsvRows(em: EntityManager, allianceId: string, batchId: string, csv: CopyableCsv, maxCellChars: number): Promise<number | null> {
    const client = (em.queryRunner as unknown as { databaseConnection?: PoolClient } | undefined)?.databaseConnection;
    if (!client) return null;
    const columns = csv.headers.map((_, i) => `c${i + 1}`);
    if (![';', ',', '\t'].includes(csv.separator)) return null;
    const delimiter = csv.separator === '\t' ? `E'\\t'` : `'${csv.separator}'`;
    await em.query(`SAVEPOINT import_copy`);
    try {
      await em.query(`DROP TABLE IF EXISTS pg_temp.import_csv`);
      await em.query(`CREATE TEMP TABLE import_csv (line int GENERATED ALWAYS AS IDENTITY, ${columns.map((c) => `${c} text`).join(', ')}) ON COMMIT DROP`);
      const copy = `COPY pg_temp.import_csv (${columns.join(', ')}) FROM STDIN (FORMAT csv, DELIMITER ${delimiter}, NULL '', ENCODING '${csv.encoding === 'utf-8' ? 'UTF8' : 'WIN1252'}')`;
      await pipeline(Readable.from([csv.body]), client.query(copyFrom(copy)));
    } catch {
      await em.query(`ROLLBACK TO SAVEPOINT import_copy`);
      return null;
    }
    await em.query(`RELEASE SAVEPOINT import_copy`);
    // Blank: only whitespace as JavaScript's trim() sees it (the API path leaves such lines out too).
    const blank = ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    const r = await one<{ n: number }>(
      em,
      `WITH ins AS (
         INSERT INTO import_rows (alliance_id, batch_id, row_no, cells)
         SELECT $1, $2, line + 1, jsonb_build_array(${columns.map((c) => `coalesce(left(${c}, $4), '')`).join(', ')}) FROM pg_temp.import_csv
          WHERE btrim(concat(${columns.join(', ')}), $3) <> ''
         RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [allianceId, batchId, blank, maxCellChars],
    );
    return r?.n ?? 0;
  }

  /** The batch's row count once its rows are in (the upload counts while it reads). */
  async setRowCount(em: EntityManager, allianceId: string, batchId: string, rowCount: number, numberFormat: string): Promise<void> {
    await em.query(`UPDATE import_batches SET row_count = $3, number_format = $4 WHERE alliance_id = $1 AND id = $2`, [
      allianceId,
      batchId,
      rowCount,
      numberFormat,
    ]);
  }

  batch(em: EntityManager, allianceId: string, id: string): Promise<BatchRow | undefined> {
    return one<BatchRow>(
      em,
      `SELECT ${BATCH_COLUMNS} FROM import_batches b LEFT JOIN users u ON u.id = b.created_by_user_id WHERE b.alliance_id = $1 AND b.id = $2`,
      [allianceId, id],
    );
  }

  /** The batch, locked for the step that moves it on (two instances never run the same step twice). */
  lockBatch(em: EntityManager, allianceId: string, id: string): Promise<BatchRow | undefined> {
    return one<BatchRow>(
      em,
      `SELECT ${BATCH_COLUMNS} FROM import_batches b LEFT JOIN users u ON u.id = b.created_by_user_id WHERE b.alliance_id = $1 AND b.id = $2 FOR UPDATE OF b`,
      [allianceId, id],
    );
  }

  /** Newest first; `creator`: only the batches this person uploaded (null: all). */
  async list(em: EntityManager, allianceId: string, creator: string | null, first: number, after?: [string, string]) {
    const found = await rows<BatchRow & { total: number }>(
      em,
      `WITH t AS (SELECT count(*)::int AS total FROM import_batches WHERE alliance_id = $1 AND ($5::uuid IS NULL OR created_by_user_id = $5))
       SELECT t.total, x.* FROM t LEFT JOIN LATERAL (
         SELECT ${BATCH_COLUMNS} FROM import_batches b LEFT JOIN users u ON u.id = b.created_by_user_id
          WHERE b.alliance_id = $1 AND ($5::uuid IS NULL OR b.created_by_user_id = $5)
            AND ($2::timestamptz IS NULL OR (b.created_at, b.id) < ($2::timestamptz, $3::uuid))
          ORDER BY b.created_at DESC, b.id DESC LIMIT $4) x ON true
        ORDER BY x."createdAt" DESC, x.id DESC`,
      [allianceId, after?.[0] ?? null, after?.[1] ?? null, first + 1, creator],
    );
    return { total: found[0]?.total ?? 0, nodes: found.filter((r) => r.id !== null) as BatchRow[] };
  }

  async update(em: EntityManager, allianceId: string, id: string, set: Record<string, unknown>): Promise<void> {
    const columns = Object.keys(set);
    const assignments = columns.map((c, i) => `${c} = $${i + 3}`).join(', ');
    await em.query(`UPDATE import_batches SET ${assignments}, version = version + 1 WHERE alliance_id = $1 AND id = $2`, [
      allianceId,
      id,
      ...columns.map((c) => set[c]),
    ]);
  }

  /** Progress of a running job (no version step: the screen polls it, nobody edits it). */
  async setProgress(em: EntityManager, allianceId: string, id: string, done: number): Promise<void> {
    await em.query(`UPDATE import_batches SET processed_rows = $3 WHERE alliance_id = $1 AND id = $2`, [allianceId, id, done]);
  }

  savedMapping(em: EntityManager, allianceId: string, kind: string) {
    return one<{ mapping: Record<string, string> }>(em, `SELECT mapping FROM import_mappings WHERE alliance_id = $1 AND kind = $2`, [allianceId, kind]);
  }

  async saveMapping(em: EntityManager, allianceId: string, kind: string, mapping: Record<string, string>): Promise<void> {
    await em.query(
      `INSERT INTO import_mappings (alliance_id, kind, mapping) VALUES ($1, $2, $3)
       ON CONFLICT (alliance_id, kind) DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()`,
      [allianceId, kind, JSON.stringify(mapping)],
    );
  }

  /** A slice of the staged rows in file order (keyset on the row number). */
  readRows(em: EntityManager, allianceId: string, batchId: string, afterRowNo: number, limit: number) {
    return rows<{ rowNo: number; cells: Cell[] }>(
      em,
      `SELECT row_no AS "rowNo", cells FROM import_rows WHERE alliance_id = $1 AND batch_id = $2 AND row_no > $3 ORDER BY row_no LIMIT $4`,
      [allianceId, batchId, afterRowNo, limit],
    );
  }

  /** Replaces the problems of the last check with these (grouped per row), set-based; returns the number of rows with problems. */
  async writeProblems(em: EntityManager, allianceId: string, batchId: string, problems: RowProblem[]): Promise<number> {
    await em.query(`UPDATE import_rows SET problems = NULL WHERE alliance_id = $1 AND batch_id = $2 AND problems IS NOT NULL`, [allianceId, batchId]);
    if (!problems.length) return 0;
    const byRow = new Map<number, Omit<RowProblem, 'rowNo'>[]>();
    for (const { rowNo, ...p } of problems) byRow.set(rowNo, [...(byRow.get(rowNo) ?? []), p]);
    await em.query(
      `UPDATE import_rows r SET problems = x.p
         FROM (SELECT (e->>0)::int AS row_no, e->1 AS p FROM jsonb_array_elements($3::jsonb) e) x
        WHERE r.alliance_id = $1 AND r.batch_id = $2 AND r.row_no = x.row_no`,
      [allianceId, batchId, JSON.stringify([...byRow])],
    );
    return byRow.size;
  }

  async rowsPage(em: EntityManager, allianceId: string, batchId: string, onlyProblems: boolean, first: number, afterRowNo: number | undefined) {
    const found = await rows<{ total: number; rowNo: number; cells: Cell[]; problems: Omit<RowProblem, 'rowNo'>[] | null }>(
      em,
      `WITH t AS (SELECT count(*)::int AS total FROM import_rows WHERE alliance_id = $1 AND batch_id = $2 AND (NOT $3 OR problems IS NOT NULL))
       SELECT t.total, x.* FROM t LEFT JOIN LATERAL (
         SELECT row_no AS "rowNo", cells, problems FROM import_rows
          WHERE alliance_id = $1 AND batch_id = $2 AND (NOT $3 OR problems IS NOT NULL) AND row_no > $4
          ORDER BY row_no LIMIT $5) x ON true
        ORDER BY x."rowNo"`,
      [allianceId, batchId, onlyProblems, afterRowNo ?? 0, first + 1],
    );
    return { total: found[0]?.total ?? 0, nodes: found.filter((r) => r.rowNo !== null) };
  }

  /** The staged rows are only needed until the commit: a committed or abandoned batch keeps its effects, not its file. */
  async dropRows(em: EntityManager, allianceId: string, batchId: string): Promise<void> {
    await em.query(`DELETE FROM import_rows WHERE alliance_id = $1 AND batch_id = $2`, [allianceId, batchId]);
  }

  async enqueue(em: EntityManager, task: string, payload: Record<string, string>): Promise<void> {
    await em.query(`SELECT graphile_worker.add_job($1, $2::json, max_attempts => 1)`, [task, JSON.stringify(payload)]);
  }
}
