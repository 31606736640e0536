import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { AllianceRef, TenantRef } from '../../database/tenant-relations';

/**
 * One uploaded file on its way into the alliance: UPLOADED → (mapped) CHECKING → PREVIEWED →
 * COMMITTING → COMMITTED → UNDONE, or FAILED. The file itself is not kept, only its rows
 * (`import_rows`), so every app instance can continue where another left off. The people columns
 * have no foreign key, like the audit trail's, so erasing a person keeps the batch history.
 */
@Entity('import_batches')
@Index('ix_import_batches_created', ['allianceId', 'createdAt'])
export class ImportBatchEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 40 }) kind: string;
  @Column('text') fileName: string;
  @Column({ type: 'varchar', length: 8 }) fileType: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) encoding: string | null;
  @Column({ type: 'varchar', length: 4, nullable: true }) separator: string | null;
  @Column('jsonb') headers: string[];
  @Column({ type: 'jsonb', nullable: true }) mapping: Record<string, number> | null;
  @Column({ type: 'varchar', length: 2 }) numberFormat: string;
  @Column('int') rowCount: number;
  @Column({ type: 'int', default: 0 }) errorRows: number;
  @Column({ type: 'int', default: 0 }) processedRows: number;
  @Column({ type: 'varchar', length: 16 }) status: string;
  @Column({ type: 'int', nullable: true }) createdCount: number | null;
  @Column({ type: 'int', nullable: true }) updatedCount: number | null;
  @Column({ type: 'text', nullable: true }) failure: string | null;
  @Column('uuid') createdByUserId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'uuid', nullable: true }) committedByUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) committedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) undoneByUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) undoneAt: Date | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @AllianceRef() alliance?: unknown;
}

/** One data row of an uploaded file as read (`cells`, JSON), with the problems the last check found. */
@Entity('import_rows')
@Index('ix_import_rows_problems', ['allianceId', 'batchId', 'rowNo'], { where: `"problems" IS NOT NULL` })
export class ImportRowEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') batchId: string;
  /** The row's number in the file as a spreadsheet shows it (the header is row 1). */
  @PrimaryColumn('int') rowNo: number;
  @Column('jsonb') cells: unknown[];
  @Column({ type: 'jsonb', nullable: true }) problems: unknown[] | null;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => ImportBatchEntity, 'batch_id') batch?: unknown;
}

/**
 * What a committed batch did to one record: created it, or changed it from `before`. Undo checks
 * that the record still has `after_version` (nothing built on it since) and then removes or restores it.
 */
@Entity('import_effects')
export class ImportEffectEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') batchId: string;
  @PrimaryColumn('uuid') entityId: string;
  @Column('boolean') created: boolean;
  @Column({ type: 'jsonb', nullable: true }) before: unknown;
  @Column('int') afterVersion: number;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => ImportBatchEntity, 'batch_id') batch?: unknown;
}

/** The column mapping an alliance last used for a kind: field key → header text. */
@Entity('import_mappings')
export class ImportMappingEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) kind: string;
  @Column('jsonb') mapping: Record<string, string>;
  @Column({ type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
}
