import { Injectable } from '@nestjs/common';
import { periodKeyOf } from '@gemeinwerk/shared';
import { requireAccess } from '../../core/access/access';
import { conflict, DomainError } from '../../core/errors';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import type { CommitResult, ImportField, ImportKind, ImportRow, RowProblem } from '../imports/import-kind';
import { ImportKinds } from '../imports/import-kind';
import type { PeriodValue } from '../imports/import-values';
import { targetPeriodProblem } from './indicator.rules';
import { ImportTarget, TargetImportRepository } from './target-import.repository';

const FIELDS: ImportField[] = [
  {
    key: 'indicator',
    type: 'text',
    required: true,
    label: { de: 'Indikator', en: 'Indicator' },
    synonyms: ['Indikatorname', 'Kennzahl', 'Kürzel', 'Indikator-Kürzel', 'Indicator name', 'Indicator code', 'Code', 'indicatorId'],
  },
  {
    key: 'period',
    type: 'period',
    required: true,
    label: { de: 'Zeitraum', en: 'Period' },
    synonyms: [
      'Zielzeitraum',
      'Berichtszeitraum',
      'Periode',
      'Monat',
      'Quartal',
      'Jahr',
      'Stichtag',
      'Datum',
      'Period key',
      'Date',
      'Month',
      'Quarter',
      'Year',
    ],
  },
  {
    key: 'value',
    type: 'number',
    required: true,
    label: { de: 'Zielwert', en: 'Target value' },
    synonyms: ['Ziel', 'Soll', 'Sollwert', 'Soll-Wert', 'Wert', 'Target', 'Value', 'Goal'],
  },
];

const CHUNK = 5_000;
const lower = (s: string) => s.trim().toLocaleLowerCase('de');

/**
 * Targets from a file: one row per indicator and period, written as the target form writes them
 * (targets.service.ts `set`): the backbone only, the period in the indicator's frequency or a
 * coarser one (a date names the indicator's own period), a new target created, a stored one
 * changed (version + 1).
 */
@Injectable()
export class TargetImportKind implements ImportKind<ImportTarget[]> {
  readonly name = 'targets';
  readonly fields = FIELDS;

  constructor(
    private readonly repo: TargetImportRepository,
    kinds: ImportKinds,
  ) {
    kinds.register(this);
  }

  async authorize(ctx: AllianceContext): Promise<void> {
    await requireAccess(ctx, 'indicator.manage');
  }

  async check(ctx: AllianceContext, rows: ImportRow[]): Promise<{ problems: RowProblem[]; prepared: ImportTarget[] }> {
    const indicators = await this.repo.indicators(ctx.em, ctx.allianceId);
    const indicatorBy = new Map<string, (typeof indicators)[number]>();
    for (const i of indicators) {
      indicatorBy.set(i.id, i);
      indicatorBy.set(lower(i.name), i);
      if (i.code) indicatorBy.set(lower(i.code), i);
    }
    const problems: RowProblem[] = [];
    const candidates: ImportTarget[] = [];
    const seen = new Map<string, number>();
    for (const row of rows) {
      const v = row.values;
      const problem = (p: Omit<RowProblem, 'rowNo'>) => problems.push({ rowNo: row.rowNo, ...p });
      const text = String(v.indicator ?? '');
      const indicator = indicatorBy.get(text) ?? indicatorBy.get(lower(text));
      if (!indicator) {
        problem({ field: 'indicator', code: 'unknownIndicator', params: { text: text.slice(0, 60) } });
        continue;
      }
      const given = v.period as PeriodValue;
      const periodKey = 'key' in given ? given.key : periodKeyOf(indicator.frequency, given.date);
      const periodProblem = targetPeriodProblem(indicator.frequency, periodKey);
      if (periodProblem) {
        problem({ field: 'period', code: periodProblem.code, params: { text: periodKey } });
        continue;
      }
      const value = v.value as number;
      const key = `${indicator.id}/${periodKey}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problem({ field: 'indicator', code: 'duplicateRow', params: { row: first } });
        continue;
      }
      seen.set(key, row.rowNo);
      candidates.push({ indicatorId: indicator.id, periodKey, value, expectedVersion: null });
    }
    const stored = new Map(
      (await this.repo.existing(ctx.em, ctx.allianceId, [...new Set(candidates.map((c) => c.indicatorId))])).map((t) => [t.key, t.version]),
    );
    const prepared = candidates.map((c) => ({ ...c, expectedVersion: stored.get(`${c.indicatorId}/${c.periodKey}`) ?? null }));
    return { problems, prepared };
  }

  async commit(ctx: AllianceContext, batchId: string, prepared: ImportTarget[], progress: (done: number) => Promise<void>): Promise<CommitResult> {
    let created = 0;
    let updated = 0;
    for (let i = 0; i < prepared.length; i += CHUNK) {
      const chunk = prepared.slice(i, i + CHUNK);
      const r = (await this.repo.upsert(ctx.em, ctx.allianceId, batchId, ctx.userId, chunk))!;
      // A target created or changed by someone else since the check: nothing of the batch is written.
      if (r.written !== chunk.length || r.stale > 0) throw conflict('Target');
      created += r.written - r.updated;
      updated += r.updated;
      await progress(i + chunk.length);
    }
    return { created, updated };
  }

  async undo(ctx: AllianceContext, batchId: string): Promise<{ removed: number; restored: number }> {
    const builtOn = await this.repo.builtOn(ctx.em, ctx.allianceId, batchId);
    if (builtOn > 0) throw new DomainError('IMPORT_NOT_UNDOABLE', { count: builtOn });
    return (await this.repo.undo(ctx.em, ctx.allianceId, batchId, ctx.userId))!;
  }
}
