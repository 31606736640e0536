import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../../../core/errors';
import { fieldMessage, pickLocale, translate } from '../../../core/i18n/messages';
import type { AuthUser } from '../../../core/request-context';
import { RequestTransactions } from '../../../core/tenancy/request-transaction';
import { TenancyService } from '../../../core/tenancy/tenancy.service';
import type { FunderReportData } from './funder-report.data';
import { FunderReportRenderer } from './funder-report.renderer';
import { reportFileName } from './funder-report.texts';
import { FunderReportQuery, FunderReportService } from './funder-report.service';

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  API_TOKEN_NOT_ALLOWED: 403,
  TWO_FACTOR_ENROLMENT_REQUIRED: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
};

/**
 * GET /api/alliances/:allianceId/reports/funder.pdf?from=2026-01&to=2026-12&lang=de
 *
 * The same session (cookie or bearer), alliance entry and row-level security as a GraphQL
 * operation: one transaction sets the caller, enters the alliance (no active seat → 404, the
 * answer for a made-up id) and reads the report's data; it is committed before the PDF is laid
 * out in a worker thread, so no database connection waits for the rendering.
 */
@Controller('api/alliances/:allianceId/reports')
export class FunderReportController {
  constructor(
    private readonly transactions: RequestTransactions,
    private readonly tenancy: TenancyService,
    private readonly reports: FunderReportService,
    private readonly renderer: FunderReportRenderer,
  ) {}

  @Get('funder.pdf')
  async funderReport(
    @Param('allianceId') allianceId: string,
    @Query() query: FunderReportQuery,
    @Req() req: Request & { auth?: AuthUser },
    @Res() res: Response,
  ): Promise<void> {
    const locale = pickLocale(req.headers['accept-language']);
    res.setHeader('Cache-Control', 'private, no-store');
    try {
      const started = performance.now();
      const data = await this.read(req.auth, allianceId, query);
      const read = performance.now();
      const pdf = await this.renderer.render(data);
      res
        .status(200)
        // Where the time went (browser devtools show it; docs/benchmarks.md reads it).
        .setHeader('Server-Timing', `read;dur=${Math.round(read - started)}, render;dur=${Math.round(performance.now() - read)}`)
        .type('application/pdf')
        .setHeader('Content-Disposition', `attachment; filename="${reportFileName(data.alliance.name, data.range.from, data.range.to, data.language)}"`)
        .send(pdf);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const details = e.fields.map((f) => `${f.field} (${fieldMessage(locale, f)})`).join(', ');
      res.status(STATUS[e.code] ?? 400).json({ code: e.code, message: translate(locale, e.code, { ...e.params, details }), fields: e.fields });
    }
  }

  private async read(user: AuthUser | undefined, allianceId: string, query: FunderReportQuery): Promise<FunderReportData> {
    if (!user) throw new DomainError('UNAUTHENTICATED');
    // Integrations use the GraphQL operations their token lists; a report is for people.
    if (user.apiToken) throw new DomainError('API_TOKEN_NOT_ALLOWED', { operation: 'funderReport' });
    const runner = await this.transactions.beginAs(user.id);
    try {
      const ctx = await this.tenancy.enter(runner.manager, allianceId, user.id);
      const data = await this.reports.gather(ctx, query);
      await this.transactions.finish(runner, true);
      return data;
    } catch (e) {
      if (!runner.isReleased) await this.transactions.finish(runner, false);
      throw e;
    }
  }
}
