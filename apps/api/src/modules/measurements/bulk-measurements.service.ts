import { Injectable } from '@nestjs/common';
import { DomainError } from '../../core/errors';
import { fieldMessage, translate } from '../../core/i18n/messages';
import { requestStore } from '../../core/request-context';
import { requireAccess } from '../../core/access/access';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { SubmitMeasurementsInput } from './measurements.inputs';
import { MeasurementWarningModel, RowError, RowWarning, SubmitMeasurementsPayload } from './measurements.models';
import { MeasurementsRepository } from './measurements.repository';
import { MeasurementsService } from './measurements.service';

/**
 * Many values in one go (a spreadsheet upload), all or nothing.
 *
 * Design: the rows are applied in order inside a SAVEPOINT of the request's transaction, each
 * through exactly the rules of saveMeasurement/submitMeasurement and against the state the
 * earlier rows left. A row that breaks a rule is recorded (row index, code, translated message,
 * field) and the next row is tried, so the client learns about every bad row at once. If any
 * row failed, the savepoint is rolled back — nothing of the bulk is written, audit events
 * included — and the payload `{ ok: false, errors }` is returned normally, so it reaches the
 * client while the database stays unchanged. Plausibility warnings (a jump from the previous
 * period) never fail a row; they come back per row in `warnings`. Only unexpected errors (not rule violations) abort
 * the whole request as usual.
 */
@Injectable()
export class BulkMeasurementsService {
  constructor(
    private readonly measurementsService: MeasurementsService,
    private readonly measurements: MeasurementsRepository,
  ) {}

  async submitMeasurements(ctx: AllianceContext, input: SubmitMeasurementsInput): Promise<SubmitMeasurementsPayload> {
    await requireAccess(ctx, 'measurement.write');
    const errors: RowError[] = [];
    const warnings: RowWarning[] = [];
    const savedIds: string[] = [];
    const warningsOf = new Map<string, MeasurementWarningModel[]>();
    const seen = new Map<string, number>();
    await ctx.em.query('SAVEPOINT bulk_measurements');
    for (const [index, row] of input.rows.entries()) {
      // The same report twice would make the second row overwrite the first with a stale version.
      const report = `${row.indicatorId}/${row.reportingPeriodId}/${row.membershipId ?? ctx.membershipId}`;
      if (seen.has(report)) {
        errors.push(...this.rowErrors(index, new DomainError('VALIDATION_FAILED', {}, [{ field: 'indicatorId', code: 'duplicate' }])));
        continue;
      }
      seen.set(report, index);
      try {
        const saved = await this.measurementsService.save(ctx, row);
        const id = saved.id;
        const rowWarnings = saved.warnings;
        if (row.submit) {
          const state = await this.measurements.state(ctx.em, ctx.allianceId, id);
          // The row was just saved and checked in this transaction: the submit need not check it again.
          await this.measurementsService.submit(ctx, id, state!.version, saved.warnings);
        }
        warnings.push(...rowWarnings.map((w) => ({ ...w, row: index })));
        warningsOf.set(id, rowWarnings);
        savedIds.push(id);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        errors.push(...this.rowErrors(index, e));
      }
    }
    if (errors.length) {
      await ctx.em.query('ROLLBACK TO SAVEPOINT bulk_measurements');
      return { ok: false, saved: [], errors, warnings };
    }
    await ctx.em.query('RELEASE SAVEPOINT bulk_measurements');
    const saved = await this.measurements.getMany(ctx.em, ctx.allianceId, savedIds);
    return { ok: true, saved: saved.map((m) => ({ ...m, warnings: warningsOf.get(m.id) ?? [] })), errors: [], warnings };
  }

  /** One entry per field to blame (so a form can mark each), or one without a field. */
  private rowErrors(row: number, e: DomainError): RowError[] {
    const locale = requestStore.getStore()?.locale ?? 'de';
    const fields = e.fields.length ? e.fields : [undefined];
    return fields.map((f) => {
      const details = f ? `${f.field} (${fieldMessage(locale, f)})` : '';
      return {
        row,
        code: e.code,
        message: translate(locale, e.code, { ...e.params, details }),
        field: f?.field ?? null,
        fieldCode: f?.code ?? null,
        params: f?.params ?? null,
      };
    });
  }
}
