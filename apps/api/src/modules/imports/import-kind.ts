import { Injectable } from '@nestjs/common';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import type { ImportFieldType, ParsedValue } from './import-values';

/** A column the kind takes. `synonyms`: header texts (German and English) the upload recognises, compared normalised. */
export interface ImportField {
  key: string;
  type: ImportFieldType;
  required: boolean;
  label: { de: string; en: string };
  synonyms: string[];
}

/** A data row with its cells parsed by field type (dates as ISO, numbers in the batch's format). */
export interface ImportRow {
  rowNo: number;
  values: Record<string, ParsedValue>;
}

/**
 * What is wrong with a row. With `field`: a field problem (`field.<code>` in the API messages,
 * e.g. `notADate`). Without: a domain error code with its params (e.g. REPORTING_PERIOD_CLOSED).
 */
export interface RowProblem {
  rowNo: number;
  code: string;
  field?: string;
  params?: Record<string, string | number>;
}

export interface CommitResult {
  created: number;
  updated: number;
}

/**
 * One kind of record a file can bring in. The pipeline (upload, mapping, dry-run, commit as a
 * job, undo) is the same for every kind; the kind brings its fields and its rules.
 *
 * - `authorize` refuses callers who may not import this kind at all (a DomainError, e.g. FORBIDDEN).
 * - `check` applies the form's rules to every row against the database as it is now and returns
 *   every problem; the dry-run and the commit both call it (the commit again, in its transaction).
 * - `commit` writes rows that passed `check` (handed back with what `check` prepared) and records
 *   what it created or changed for undo, set-based: in `import_effects` (entity id, before, version
 *   after), or — measurements, for the values it created — as the batch id on the record itself.
 * - `undo` reverts the batch's effects when nothing was built on them since, else throws
 *   IMPORT_NOT_UNDOABLE; it writes the audit events of what it reverted.
 */
export interface ImportKind<Prepared = unknown> {
  name: string;
  fields: ImportField[];
  authorize(ctx: AllianceContext): void | Promise<void>;
  check(ctx: AllianceContext, rows: ImportRow[]): Promise<{ problems: RowProblem[]; prepared: Prepared }>;
  commit(ctx: AllianceContext, batchId: string, prepared: Prepared, progress: (done: number) => Promise<void>): Promise<CommitResult>;
  undo(ctx: AllianceContext, batchId: string): Promise<{ removed: number; restored: number }>;
}

/** The kinds known to this instance. Modules register theirs in their service's constructor: `kinds.register(kind)`. */
@Injectable()
export class ImportKinds {
  private readonly kinds = new Map<string, ImportKind>();

  register<P>(kind: ImportKind<P>): void {
    if (this.kinds.has(kind.name)) throw new Error(`import kind ${kind.name} registered twice`);
    this.kinds.set(kind.name, kind as unknown as ImportKind);
  }

  get(name: string): ImportKind | undefined {
    return this.kinds.get(name);
  }

  list(): ImportKind[] {
    return [...this.kinds.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
