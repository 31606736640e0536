import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { DomainError, invalid, notFound } from '../../core/errors';
import { CURSORS } from '../../core/graphql/cursors';
import { decodeCursor, Page, PageInput, toPage } from '../../core/graphql/pagination';
import { fieldMessage, type Locale, translate } from '../../core/i18n/messages';
import { QueueTasks } from '../../core/mail/queue-tasks';
import { requestStore } from '../../core/request-context';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { copyableCsv, MAX_CELL_CHARS, MAX_IMPORT_ROWS, readImportFile, tooLarge, type FileShape } from './file-reader';
import { ImportKind, ImportKinds, RowProblem } from './import-kind';
import { mappingProblems, numberFormatOf, parseRows, suggestMapping, type ColumnMapping } from './import-mapping';
import { cellText, type Cell, type NumberFormat } from './import-values';
import { CheckImportInput, ImportBatchModel, ImportBatchStepInput, ImportKindModel, ImportNumberFormat, ImportRowModel, ImportStatus } from './imports.models';
import { BatchRow, ImportsRepository } from './imports.repository';
import { may, requireAccess } from '../../core/access/access';

export const IMPORT_TASK = 'import_batch';
/** Up to this many rows a step runs in the request; larger files go to the job queue (progress bar). */
export const INLINE_ROWS = 5_000;
const READ_CHUNK = 25_000;

type Step = 'check' | 'commit';

/**
 * The one import pipeline: upload → column mapping → dry-run (every row checked by the kind's
 * rules, problems stored per row) → all-or-nothing commit → undo per batch. Steps of large files
 * run as queue jobs in whichever instance takes them; everything between requests lives in
 * PostgreSQL (batch, staged rows, effects), nothing on disk or in memory.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger('Imports');

  constructor(
    private readonly repo: ImportsRepository,
    private readonly kinds: ImportKinds,
    private readonly audit: AuditService,
    private readonly db: DataSource,
    private readonly tenancy: TenancyService,
    tasks: QueueTasks,
  ) {
    tasks.register(IMPORT_TASK, async (payload) => {
      const p = (payload ?? {}) as Record<string, unknown>;
      if (typeof p.allianceId !== 'string' || typeof p.batchId !== 'string' || typeof p.userId !== 'string') return;
      await this.runJob(p.allianceId, p.batchId, p.userId, p.step === 'commit' ? 'commit' : 'check');
    });
  }

  async kindsFor(ctx: AllianceContext): Promise<ImportKindModel[]> {
    const locale = localeNow();
    const out: ImportKindModel[] = [];
    for (const k of this.kinds.list()) {
      try {
        await k.authorize(ctx);
      } catch {
        continue;
      }
      out.push({ name: k.name, fields: fieldsOf(k, locale) });
    }
    return out;
  }

  private kind(name: string): ImportKind {
    const kind = this.kinds.get(name);
    if (!kind) throw notFound('ImportKind');
    return kind;
  }

  /** Reads the file into staged rows (chunk by chunk, as it is parsed) and proposes a mapping. */
  async upload(ctx: AllianceContext, kindName: string, fileName: string, bytes: Buffer): Promise<ImportBatchModel> {
    const kind = this.kind(kindName);
    await kind.authorize(ctx);
    const id = randomUUID();
    await this.repo.createBatch(ctx.em, {
      allianceId: ctx.allianceId,
      id,
      kind: kind.name,
      fileName: fileName.slice(0, 200),
      fileType: 'csv',
      encoding: null,
      separator: null,
      headers: [],
      numberFormat: 'DE',
      rowCount: 0,
      userId: ctx.userId,
    });
    const sample: { cells: Cell[] }[] = [];
    let shape: FileShape & { rowCount: number };
    // A plain CSV is parsed by PostgreSQL (COPY); anything it refuses, and XLSX, by the readers here.
    const csv = copyableCsv(bytes);
    const copied = csv && (await this.repo.copyCsvRows(ctx.em, ctx.allianceId, id, csv, MAX_CELL_CHARS));
    if (csv && copied !== null) {
      if (copied > MAX_IMPORT_ROWS) throw tooLarge();
      shape = { fileType: 'csv', encoding: csv.encoding, separator: csv.separator, headers: csv.headers, rowCount: copied };
      sample.push(...(await this.repo.readRows(ctx.em, ctx.allianceId, id, 0, 2_000)));
    } else {
      shape = await readImportFile(bytes, async (chunk) => {
        if (sample.length < 2_000) sample.push(...chunk.slice(0, 2_000 - sample.length));
        await this.repo.insertRows(ctx.em, ctx.allianceId, id, chunk);
      });
    }
    if (!shape.rowCount) throw new DomainError('IMPORT_FILE_UNREADABLE', { reason: 'empty' });
    const saved = await this.repo.savedMapping(ctx.em, ctx.allianceId, kind.name);
    const mapping = suggestMapping(kind.fields, shape.headers, saved?.mapping);
    const numberFormat = numberFormatOf(kind.fields, mapping, sample, shape.separator === ',' ? 'EN' : 'DE');
    await this.repo.update(ctx.em, ctx.allianceId, id, {
      file_type: shape.fileType,
      encoding: shape.encoding,
      separator: shape.separator,
      headers: JSON.stringify(shape.headers),
      mapping: JSON.stringify(mapping),
      number_format: numberFormat,
      row_count: shape.rowCount,
    });
    await this.audit.record(ctx, {
      action: 'import.uploaded',
      entityType: 'ImportBatch',
      entityId: id,
      after: { kind: kind.name, fileName, rows: shape.rowCount, fileType: shape.fileType, encoding: shape.encoding },
    });
    return this.get(ctx, id);
  }

  async get(ctx: AllianceContext, batchId: string): Promise<ImportBatchModel> {
    return this.toModel(await this.visibleBatch(ctx, batchId));
  }

  async list(ctx: AllianceContext, page?: PageInput): Promise<Page<ImportBatchModel>> {
    const first = page?.first ?? 25;
    const { nodes, total } = await this.repo.list(
      ctx.em,
      ctx.allianceId,
      may(ctx, 'import.seeAllBatches') ? null : ctx.userId,
      first,
      decodeCursor(page?.after, CURSORS.importBatches),
    );
    return toPage(
      nodes.map((b) => ({ ...this.toModel(b), sortAt: b.sortAt })),
      first,
      total,
      CURSORS.importBatches,
      (b) => [b.sortAt, b.id],
    );
  }

  async rows(ctx: AllianceContext, batchId: string, onlyProblems: boolean, page?: PageInput): Promise<Page<ImportRowModel>> {
    const batch = await this.visibleBatch(ctx, batchId);
    const first = page?.first ?? 25;
    const after = decodeCursor(page?.after, CURSORS.importRows);
    const { nodes, total } = await this.repo.rowsPage(ctx.em, ctx.allianceId, batchId, onlyProblems, first, after ? Number(after[0]) : undefined);
    const locale = localeNow();
    const kind = this.kinds.get(batch.kind);
    const label = (key: string) => kind?.fields.find((f) => f.key === key)?.label[locale] ?? key;
    return toPage(
      nodes.map((r) => ({
        rowNo: r.rowNo,
        cells: batch.headers.map((_, i) => cellText((r.cells[i] ?? null) as Cell)),
        problems: (r.problems ?? []).map((p) => ({ field: p.field ?? null, code: p.code, message: problemMessage(locale, p, label) })),
      })),
      first,
      total,
      CURSORS.importRows,
      (r) => [String(r.rowNo)],
    );
  }

  /** Saves the mapping (for the alliance and kind) and runs the dry-run: in the request, or as a job for large files. */
  async check(ctx: AllianceContext, input: CheckImportInput): Promise<ImportBatchModel> {
    const batch = await this.lockedBatch(ctx, input.batchId, input.version, ['UPLOADED', 'PREVIEWED', 'FAILED']);
    const kind = this.kind(batch.kind);
    await kind.authorize(ctx);
    const mapping: ColumnMapping = Object.fromEntries(input.columns.map((c) => [c.field, c.column]));
    const problems = mappingProblems(kind.fields, batch.headers, mapping);
    if (problems.length) throw invalid(problems.map((p) => ({ field: `columns.${p.field}`, code: p.code })));
    await this.repo.saveMapping(ctx.em, ctx.allianceId, kind.name, Object.fromEntries(Object.entries(mapping).map(([f, c]) => [f, batch.headers[c]])));
    const numberFormat = input.numberFormat ?? batch.numberFormat;
    await this.repo.update(ctx.em, ctx.allianceId, batch.id, {
      mapping: JSON.stringify(mapping),
      number_format: numberFormat,
      status: 'CHECKING',
      processed_rows: 0,
      failure: null,
    });
    if (batch.rowCount <= INLINE_ROWS) await this.runCheck(ctx, kind, { ...batch, mapping, numberFormat });
    else await this.repo.enqueue(ctx.em, IMPORT_TASK, { allianceId: ctx.allianceId, batchId: batch.id, userId: ctx.userId, step: 'check' });
    return this.get(ctx, batch.id);
  }

  /** Writes a checked batch without problems, all or nothing (checked once more in the same transaction). */
  async commit(ctx: AllianceContext, input: ImportBatchStepInput): Promise<ImportBatchModel> {
    const batch = await this.lockedBatch(ctx, input.batchId, input.version, ['PREVIEWED']);
    const kind = this.kind(batch.kind);
    await kind.authorize(ctx);
    if (batch.errorRows > 0) throw new DomainError('IMPORT_HAS_PROBLEMS', { count: batch.errorRows });
    await this.repo.update(ctx.em, ctx.allianceId, batch.id, { status: 'COMMITTING', processed_rows: 0, failure: null });
    if (batch.rowCount <= INLINE_ROWS) await this.runCommit(ctx, kind, batch, async () => undefined);
    else await this.repo.enqueue(ctx.em, IMPORT_TASK, { allianceId: ctx.allianceId, batchId: batch.id, userId: ctx.userId, step: 'commit' });
    return this.get(ctx, batch.id);
  }

  /** Takes a committed batch back, while nothing was built on its records since (the kind checks that in SQL). */
  async undo(ctx: AllianceContext, input: ImportBatchStepInput): Promise<ImportBatchModel> {
    const batch = await this.lockedBatch(ctx, input.batchId, input.version, ['COMMITTED']);
    const kind = this.kind(batch.kind);
    await kind.authorize(ctx);
    const { removed, restored } = await kind.undo(ctx, batch.id);
    await this.repo.update(ctx.em, ctx.allianceId, batch.id, { status: 'UNDONE', undone_at: new Date(), undone_by_user_id: ctx.userId });
    await this.audit.record(ctx, {
      action: 'import.undone',
      entityType: 'ImportBatch',
      entityId: batch.id,
      before: { status: 'COMMITTED' },
      after: { status: 'UNDONE', removed, restored },
    });
    return this.get(ctx, batch.id);
  }

  // ── the steps, in a request or in a job ──

  private async parsedRows(ctx: AllianceContext, kind: ImportKind, batch: BatchRow, progress?: (done: number) => Promise<void>) {
    const mapping = batch.mapping ?? {};
    const all = { parsed: [] as ReturnType<typeof parseRows>['parsed'], problems: [] as RowProblem[] };
    let after = 0;
    for (;;) {
      const chunk = await this.repo.readRows(ctx.em, ctx.allianceId, batch.id, after, READ_CHUNK);
      if (!chunk.length) break;
      after = chunk[chunk.length - 1].rowNo;
      const { parsed, problems } = parseRows(kind.fields, mapping, chunk, batch.numberFormat as NumberFormat);
      for (const r of parsed) all.parsed.push(r);
      for (const p of problems) all.problems.push(p);
      await progress?.(all.parsed.length + new Set(all.problems.map((p) => p.rowNo)).size);
    }
    return all;
  }

  private async runCheck(ctx: AllianceContext, kind: ImportKind, batch: BatchRow, progress?: (done: number) => Promise<void>): Promise<void> {
    const { parsed, problems } = await this.parsedRows(ctx, kind, batch, progress);
    const checked = await kind.check(ctx, parsed);
    const errorRows = await this.repo.writeProblems(ctx.em, ctx.allianceId, batch.id, [...problems, ...checked.problems]);
    await this.repo.update(ctx.em, ctx.allianceId, batch.id, { status: 'PREVIEWED', error_rows: errorRows, processed_rows: batch.rowCount });
  }

  /** The check again (the alliance may have changed since the preview), then the kind writes; problems now send the batch back to the preview. */
  private async runCommit(ctx: AllianceContext, kind: ImportKind, batch: BatchRow, progress: (done: number) => Promise<void>): Promise<void> {
    const { parsed, problems } = await this.parsedRows(ctx, kind, batch);
    const checked = await kind.check(ctx, parsed);
    if (problems.length || checked.problems.length) {
      const errorRows = await this.repo.writeProblems(ctx.em, ctx.allianceId, batch.id, [...problems, ...checked.problems]);
      await this.repo.update(ctx.em, ctx.allianceId, batch.id, { status: 'PREVIEWED', error_rows: errorRows });
      return;
    }
    const result = await kind.commit(ctx, batch.id, checked.prepared, progress);
    await this.repo.update(ctx.em, ctx.allianceId, batch.id, {
      status: 'COMMITTED',
      processed_rows: batch.rowCount,
      created_count: result.created,
      updated_count: result.updated,
      committed_at: new Date(),
      committed_by_user_id: ctx.userId,
    });
    await this.audit.record(ctx, {
      action: 'import.committed',
      entityType: 'ImportBatch',
      entityId: batch.id,
      before: { status: 'PREVIEWED' },
      after: { status: 'COMMITTED', kind: kind.name, fileName: batch.fileName, rows: batch.rowCount, ...result },
    });
  }

  /**
   * A queued step: one transaction that enters the alliance as the person who started it (their
   * rights now, not at upload), runs the step and commits; progress goes out in short transactions
   * of their own so the screen can show it. A failure is recorded on the batch, translated on read.
   */
  async runJob(allianceId: string, batchId: string, userId: string, step: Step): Promise<void> {
    const expected = step === 'check' ? 'CHECKING' : 'COMMITTING';
    try {
      await this.inAlliance(allianceId, userId, async (ctx) => {
        const batch = await this.repo.batch(ctx.em, allianceId, batchId);
        if (!batch || batch.status !== expected) return;
        const kind = this.kind(batch.kind);
        await kind.authorize(ctx);
        const progress = (done: number) => this.progress(allianceId, batchId, userId, done);
        if (step === 'check') await this.runCheck(ctx, kind, batch, progress);
        else await this.runCommit(ctx, kind, batch, progress);
      });
    } catch (e) {
      const code = e instanceof DomainError ? e.code : 'INTERNAL_SERVER_ERROR';
      if (!(e instanceof DomainError)) this.logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      await this.inAlliance(allianceId, userId, (ctx) =>
        this.repo.update(ctx.em, allianceId, batchId, { status: step === 'check' ? 'FAILED' : 'PREVIEWED', failure: code }),
      ).catch((e2) => this.logger.error(String(e2)));
    }
  }

  private async progress(allianceId: string, batchId: string, userId: string, done: number): Promise<void> {
    await this.inAlliance(allianceId, userId, (ctx) => this.repo.setProgress(ctx.em, allianceId, batchId, done));
  }

  private async inAlliance<T>(allianceId: string, userId: string, work: (ctx: AllianceContext) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // A job is no request: a 200,000-row step may take longer than a request's statement timeout.
      await runner.query(`SET LOCAL statement_timeout = '10min'`);
      await this.tenancy.setUser(runner.manager, userId);
      const ctx = await this.tenancy.enter(runner.manager, allianceId, userId);
      const result = await work(ctx);
      await runner.commitTransaction();
      return result;
    } catch (e) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw e;
    } finally {
      await runner.release();
    }
  }

  // ── access ──

  /** The backbone sees every batch of the alliance; others the ones they uploaded. */
  private async visibleBatch(ctx: AllianceContext, batchId: string): Promise<BatchRow> {
    const batch = await this.repo.batch(ctx.em, ctx.allianceId, batchId);
    if (!batch || (!may(ctx, 'import.seeAllBatches') && batch.createdByUserId !== ctx.userId)) throw notFound('ImportBatch');
    return batch;
  }

  private async lockedBatch(ctx: AllianceContext, batchId: string, version: number, allowed: BatchRow['status'][]): Promise<BatchRow> {
    const batch = await this.repo.lockBatch(ctx.em, ctx.allianceId, batchId);
    if (!batch || (!may(ctx, 'import.seeAllBatches') && batch.createdByUserId !== ctx.userId)) throw notFound('ImportBatch');
    await requireAccess(ctx, 'import.run');
    if (batch.version !== version) throw new DomainError('CONFLICT', { entity: 'ImportBatch' });
    if (!allowed.includes(batch.status)) throw new DomainError('INVALID_TRANSITION', { from: batch.status, to: allowed.join('/') });
    return batch;
  }

  private toModel(b: BatchRow): ImportBatchModel {
    const locale = localeNow();
    const kind = this.kinds.get(b.kind);
    const mapping = b.mapping ?? {};
    return {
      id: b.id,
      kind: b.kind,
      fileName: b.fileName,
      fileType: b.fileType,
      encoding: b.encoding,
      separator: b.separator,
      headers: b.headers,
      columns: Object.entries(mapping).map(([field, column]) => ({ field, column })),
      fields: kind ? fieldsOf(kind, locale) : [],
      numberFormat: b.numberFormat as ImportNumberFormat,
      rowCount: b.rowCount,
      errorRows: b.errorRows,
      processedRows: b.processedRows,
      status: b.status as ImportStatus,
      createdCount: b.createdCount,
      updatedCount: b.updatedCount,
      failure: b.failure ? translate(locale, b.failure, { entity: 'ImportBatch', details: '' }) : null,
      createdByName: b.createdByName,
      createdAt: b.createdAt,
      committedAt: b.committedAt,
      undoneAt: b.undoneAt,
      version: b.version,
    };
  }
}

const localeNow = (): Locale => requestStore.getStore()?.locale ?? 'de';

const fieldsOf = (k: ImportKind, locale: Locale) => k.fields.map((f) => ({ key: f.key, label: f.label[locale], required: f.required, type: f.type }));

/** A stored problem in words: "Zeitraum: „31.02.2026“ ist kein gültiges Datum …", or the domain error's message. */
function problemMessage(locale: Locale, p: Omit<RowProblem, 'rowNo'>, label: (key: string) => string): string {
  if (p.field) return `${label(p.field)}: ${fieldMessage(locale, { code: p.code, params: p.params })}`;
  return translate(locale, p.code, { ...(p.params ?? {}), details: '' });
}
