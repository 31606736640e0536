import { Injectable } from '@nestjs/common';
import { frequencyOfKey, periodKeyOf } from '@gemeinwerk/shared';
import { DomainError, conflict } from '../../core/errors';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import type { CommitResult, ImportField, ImportKind, ImportRow, RowProblem } from '../imports/import-kind';
import { ImportKinds } from '../imports/import-kind';
import type { PeriodValue } from '../imports/import-values';
import { checkNumbers, plausibilityProblems, REPORTING_ROLES } from './measurement-rules';
import { ImportValue, MeasurementImportRepository } from './measurement-import.repository';
import { may, requireAccess } from '../../core/access/access';

const FIELDS: ImportField[] = [
  {
    key: 'indicator',
    type: 'text',
    required: true,
    label: { de: 'Indikator', en: 'Indicator' },
    synonyms: ['Indikatorname', 'Kennzahl', 'Kürzel', 'Indikator-Kürzel', 'Indicator name', 'Indicator code', 'Code', 'indicatorId'],
  },
  {
    key: 'organisation',
    type: 'text',
    required: false,
    label: { de: 'Organisation', en: 'Organisation' },
    synonyms: ['Mitglied', 'Mitgliedsorganisation', 'Träger', 'Einrichtung', 'Organization', 'Member', 'Partner'],
  },
  {
    key: 'period',
    type: 'period',
    required: true,
    label: { de: 'Zeitraum', en: 'Period' },
    synonyms: ['Berichtszeitraum', 'Periode', 'Monat', 'Quartal', 'Jahr', 'Stichtag', 'Datum', 'Reporting period', 'Date', 'Month', 'Quarter', 'Year'],
  },
  { key: 'value', type: 'number', required: false, label: { de: 'Wert', en: 'Value' }, synonyms: ['Istwert', 'Ist-Wert', 'Ist', 'Anzahl', 'Actual', 'Count'] },
  { key: 'numerator', type: 'number', required: false, label: { de: 'Zähler', en: 'Numerator' }, synonyms: [] },
  { key: 'denominator', type: 'number', required: false, label: { de: 'Nenner', en: 'Denominator' }, synonyms: [] },
  {
    key: 'note',
    type: 'text',
    required: false,
    label: { de: 'Anmerkung', en: 'Note' },
    synonyms: ['Bemerkung', 'Kommentar', 'Notiz', 'Hinweis', 'Comment', 'Remark'],
  },
];

/** Rows per statement: short statements (well inside the statement timeout) and a progress step each. */
const CHUNK = 25_000;
const lower = (s: string) => s.trim().toLocaleLowerCase('de');

/**
 * Measurements from a file: one row per indicator, organisation and period, saved as DRAFT exactly
 * as the form saves them (measurements.service.ts `save`): reporting roles only, partners for
 * their own organisation only, the indicator active and of the period's frequency, the period
 * open, the numbers as checkNumbers and plausibilityProblems demand, SUBMITTED/APPROVED values
 * locked, a DRAFT/REJECTED one replaced (version + 1). Unlike the form it never touches a value's
 * breakdown: a value that has one is refused (change it in the form).
 */
@Injectable()
export class MeasurementImportKind implements ImportKind<ImportValue[]> {
  readonly name = 'measurements';
  readonly fields = FIELDS;

  constructor(
    private readonly repo: MeasurementImportRepository,
    kinds: ImportKinds,
  ) {
    kinds.register(this);
  }

  async authorize(ctx: AllianceContext): Promise<void> {
    await requireAccess(ctx, 'measurement.write');
  }

  async check(ctx: AllianceContext, rows: ImportRow[]): Promise<{ problems: RowProblem[]; prepared: ImportValue[] }> {
    const [indicators, members, periods] = await Promise.all([
      this.repo.indicators(ctx.em, ctx.allianceId),
      this.repo.members(ctx.em, ctx.allianceId),
      this.repo.periods(ctx.em, ctx.allianceId),
    ]);
    const indicatorBy = new Map<string, (typeof indicators)[number]>();
    for (const i of indicators) {
      indicatorBy.set(i.id, i);
      indicatorBy.set(lower(i.name), i);
      if (i.code) indicatorBy.set(lower(i.code), i);
    }
    const memberBy = new Map<string, (typeof members)[number]>();
    for (const m of members) {
      memberBy.set(m.id, m);
      memberBy.set(lower(m.name), m);
    }
    const periodBy = new Map(periods.map((p) => [`${p.frequency}/${p.periodKey}`, p]));
    // The same few texts, members and period keys recur on every row: each is worked out once.
    const lowered = new Map<string, string>();
    const low = (s: string) => {
      let l = lowered.get(s);
      if (l === undefined) lowered.set(s, (l = lower(s)));
      return l;
    };
    const mayWrite = new Map<string, boolean>();
    const mayWriteFor = (memberId: string) => {
      let ok = mayWrite.get(memberId);
      if (ok === undefined) mayWrite.set(memberId, (ok = may(ctx, 'measurement.write', { owner: memberId })));
      return ok;
    };
    const frequencies = new Map<string, ReturnType<typeof frequencyOfKey>>();
    const frequencyOf = (key: string) => {
      if (!frequencies.has(key)) frequencies.set(key, frequencyOfKey(key));
      return frequencies.get(key);
    };

    const problems: RowProblem[] = [];
    const candidates: (ImportValue & { rowNo: number })[] = [];
    const seen = new Map<string, number>();
    for (const row of rows) {
      const v = row.values;
      const found: RowProblem[] = [];
      const problem = (p: Omit<RowProblem, 'rowNo'>) => found.push({ rowNo: row.rowNo, ...p });
      const indicatorText = String(v.indicator ?? '');
      const indicator = indicatorBy.get(indicatorText) ?? indicatorBy.get(low(indicatorText));
      if (!indicator) problem({ field: 'indicator', code: 'unknownIndicator', params: { text: indicatorText.slice(0, 60) } });
      else if (indicator.status !== 'ACTIVE') problem({ field: 'indicator', code: 'archived' });
      else if (indicator.fromParticipation) problem({ field: 'indicator', code: 'fromParticipation' });

      const orgText = typeof v.organisation === 'string' ? v.organisation : '';
      const member = orgText ? (memberBy.get(orgText) ?? memberBy.get(low(orgText))) : memberBy.get(ctx.membershipId);
      if (!member) problem({ field: 'organisation', code: 'unknownOrganisation', params: { text: orgText.slice(0, 60) } });
      else if (!mayWriteFor(member.id)) problem({ code: 'FORBIDDEN', params: { required: 'OWN_ORGANISATION' } });
      else if (member.state !== 'ACTIVE' || !REPORTING_ROLES.includes(member.role)) problem({ field: 'organisation', code: 'notReporter' });

      let period: (typeof periods)[number] | undefined;
      if (indicator) {
        const given = v.period as PeriodValue;
        const key = 'key' in given ? given.key : periodKeyOf(indicator.frequency, given.date);
        if (frequencyOf(key) !== indicator.frequency) problem({ code: 'FREQUENCY_MISMATCH', params: { periodKey: key, indicator: indicator.name } });
        else {
          period = periodBy.get(`${indicator.frequency}/${key}`);
          if (!period) problem({ field: 'period', code: 'periodNotOpened', params: { periodKey: key } });
          else if (period.state !== 'OPEN') problem({ code: 'REPORTING_PERIOD_CLOSED', params: { periodKey: key } });
        }
        try {
          const values = checkNumbers(indicator.aggregation, {
            value: v.value as number | null,
            numerator: v.numerator as number | null,
            denominator: v.denominator as number | null,
            note: (v.note as string | null) ?? '',
          });
          for (const p of plausibilityProblems(indicator, values)) problem({ field: p.field, code: p.code, params: p.params });
          if (indicator && member && period && !found.length) {
            const key3 = `${indicator.id}/${member.id}/${period.id}`;
            const first = seen.get(key3);
            if (first !== undefined) problem({ field: 'indicator', code: 'duplicateRow', params: { row: first } });
            else {
              seen.set(key3, row.rowNo);
              candidates.push({
                rowNo: row.rowNo,
                indicatorId: indicator.id,
                membershipId: member.id,
                reportingPeriodId: period.id,
                periodKey: period.periodKey,
                ...values,
                note: values.note.slice(0, 5000),
                expectedVersion: null,
              });
            }
          }
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          for (const f of e.fields) problem({ field: f.field, code: f.code, params: f.params });
        }
      }
      problems.push(...found);
    }

    // What is stored already: SUBMITTED/APPROVED values are locked, DRAFT/REJECTED ones replaced.
    const prepared: ImportValue[] = [];
    for (let i = 0; i < candidates.length; i += CHUNK) {
      const chunk = candidates.slice(i, i + CHUNK);
      const stored = new Map((await this.repo.existing(ctx.em, ctx.allianceId, chunk)).map((m) => [m.key, m]));
      for (const c of chunk) {
        const m = stored.get(`${c.indicatorId}/${c.membershipId}/${c.reportingPeriodId}`);
        if (m && (m.status === 'SUBMITTED' || m.status === 'APPROVED'))
          problems.push({ rowNo: c.rowNo, code: 'MEASUREMENT_LOCKED', params: { status: m.status } });
        else if (m?.hasParts) problems.push({ rowNo: c.rowNo, field: 'value', code: 'hasBreakdown' });
        else if (m && c.value !== null && c.value < m.maxOverlap) problems.push({ rowNo: c.rowNo, field: 'value', code: 'belowOverlap' });
        else {
          const { rowNo: _rowNo, ...value } = c;
          prepared.push({ ...value, expectedVersion: m?.version ?? null });
        }
      }
    }
    return { problems, prepared };
  }

  /**
   * New reports and replaced ones in separate set-based statements per chunk (an insert needs no
   * look-up of a previous state). A new value carries the batch id (undo removes it), a replaced one
   * gets an `import_effects` row with its state before (undo restores it); the audit trail gets the
   * batch's one `import.committed` event, written by the pipeline.
   */
  async commit(ctx: AllianceContext, batchId: string, prepared: ImportValue[], progress: (done: number) => Promise<void>): Promise<CommitResult> {
    const fresh = prepared.filter((v) => v.expectedVersion === null);
    const stored = prepared.filter((v) => v.expectedVersion !== null);
    let done = 0;
    for (const [values, write] of [
      [fresh, (c: ImportValue[]) => this.repo.insertNew(ctx.em, ctx.allianceId, batchId, c)],
      [stored, (c: ImportValue[]) => this.repo.replace(ctx.em, ctx.allianceId, batchId, c)],
    ] as const) {
      for (let i = 0; i < values.length; i += CHUNK) {
        const chunk = values.slice(i, i + CHUNK);
        // A value changed, locked or created by someone else since the check: nothing of the batch is written.
        if ((await write(chunk))!.written !== chunk.length) throw conflict('Measurement');
        done += chunk.length;
        await progress(done);
      }
    }
    return { created: fresh.length, updated: stored.length };
  }

  async undo(ctx: AllianceContext, batchId: string): Promise<{ removed: number; restored: number }> {
    const builtOn = await this.repo.builtOn(ctx.em, ctx.allianceId, batchId);
    if (builtOn > 0) throw new DomainError('IMPORT_NOT_UNDOABLE', { count: builtOn });
    return (await this.repo.undo(ctx.em, ctx.allianceId, batchId, ctx.userId))!;
  }
}
