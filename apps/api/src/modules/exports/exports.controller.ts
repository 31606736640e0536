import { frequencyOfKey, isIsoDate } from '@gemeinwerk/shared';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, invalid, notFound, type FieldProblem } from '../../core/errors';
import { translate, type Locale } from '../../core/i18n/messages';
import type { AuthUser, RequestScope } from '../../core/request-context';
import { scopeStore } from '../../core/request-context';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { RequestTransactions, type PendingTransaction } from '../../core/tenancy/request-transaction';
import { isUuid, TenancyService } from '../../core/tenancy/tenancy.service';
import type { ExportQuery } from './export-registry';
import { CONTENT_TYPE, contentDisposition, exportFileName, toCsv, writeXlsx, type ExportFormat, type ExportLocale } from './export-writer';
import { ExportsService } from './exports.service';

type ExportRequest = Request & { auth?: AuthUser; gwTransaction?: PendingTransaction };

const FILE = /^([a-z][a-z-]{1,40})\.(csv|xlsx)$/;

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  API_TOKEN_NOT_ALLOWED: 403,
  TWO_FACTOR_ENROLMENT_REQUIRED: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
};

/** Checks the narrowing arguments of a download; anything else in the query string is ignored. */
function exportQuery(raw: Record<string, unknown>): ExportQuery {
  const problems: FieldProblem[] = [];
  const pick = (name: keyof ExportQuery, ok: (v: string) => boolean): string | undefined => {
    const v = raw[name];
    if (v === undefined || v === '') return undefined;
    if (typeof v !== 'string' || !ok(v)) {
      problems.push({ field: name, code: 'invalid' });
      return undefined;
    }
    return v;
  };
  const query: ExportQuery = {
    indicatorId: pick('indicatorId', isUuid),
    reportingPeriodId: pick('reportingPeriodId', isUuid),
    // The shared period arithmetic's checks: a key or date of years 1900–2200 that exists.
    from: pick('from', (v) => frequencyOfKey(v) !== undefined),
    to: pick('to', (v) => frequencyOfKey(v) !== undefined),
    asOf: pick('asOf', isIsoDate),
  };
  if (problems.length) throw invalid(problems);
  return query;
}

/**
 * Downloads of lists as CSV or XLSX, and of the whole alliance as one workbook:
 * GET /api/alliances/:allianceId/exports/<list>.<csv|xlsx> and …/exports/workbook.xlsx.
 *
 * The same doors as GraphQL: the auth middleware checks the session cookie or bearer token (an
 * API token too) and opens the request's transaction; here the alliance is entered through
 * TenancyService exactly as the TenancyInterceptor does, so row-level security and the caller's
 * role apply to every read. An export changes nothing: its transaction is always rolled back.
 */
@Controller('api/alliances/:allianceId/exports')
export class ExportsController {
  constructor(
    private readonly transactions: RequestTransactions,
    private readonly tenancy: TenancyService,
    private readonly exports: ExportsService,
  ) {}

  @Get('workbook.xlsx')
  async workbook(@Param('allianceId') allianceId: string, @Query('lang') lang: unknown, @Req() req: ExportRequest, @Res() res: Response): Promise<void> {
    const locale = localeOf(lang);
    await this.inAlliance(req, res, allianceId, locale, async (ctx) => {
      const sheets = await this.exports.workbook(ctx);
      const name = exportFileName([locale === 'de' ? 'Bündnis' : 'Alliance', await this.exports.allianceName(ctx)], 'xlsx', locale);
      return () => this.sendXlsx(res, name, async (out) => writeXlsx(out, sheets, locale));
    });
  }

  @Get(':file')
  async list(
    @Param('allianceId') allianceId: string,
    @Param('file') file: string,
    @Query() raw: Record<string, unknown>,
    @Req() req: ExportRequest,
    @Res() res: Response,
  ): Promise<void> {
    const locale = localeOf(raw.lang);
    await this.inAlliance(req, res, allianceId, locale, async (ctx) => {
      const match = FILE.exec(file);
      if (!match) throw notFound('Export');
      const [, key, format] = match as unknown as [string, string, ExportFormat];
      const { sheet } = await this.exports.list(ctx, key, exportQuery(raw));
      const name = exportFileName([sheet.title[locale], await this.exports.allianceName(ctx)], format, locale);
      if (format === 'csv') return () => void res.status(200).type(CONTENT_TYPE.csv).set(headers(name)).send(toCsv(sheet, locale));
      return () => this.sendXlsx(res, name, async (out) => writeXlsx(out, [sheet], locale));
    });
  }

  /**
   * Takes the transaction the auth middleware opened, enters the alliance (as the caller's seat
   * or API token), loads inside it, rolls it back, then sends. Domain errors become HTTP errors
   * with the translated message; a caller without a live session gets 401.
   */
  private async inAlliance(
    req: ExportRequest,
    res: Response,
    allianceId: string,
    locale: Locale,
    load: (ctx: AllianceContext) => Promise<() => Promise<void> | void>,
  ): Promise<void> {
    const pending = req.gwTransaction;
    const user = req.auth;
    if (pending) pending.claimed = true;
    if (!user || !pending) {
      if (pending) await this.transactions.finish(pending.runner, false);
      res.status(401).json({ errors: [{ message: translate(locale, 'UNAUTHENTICATED'), extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    const runner = pending.runner;
    let send: () => Promise<void> | void;
    try {
      const em = runner.manager;

      const ctx = user.apiToken
        ? await this.tenancy.enterWithApiToken(em, allianceId, user.id, user.apiToken)
        : await this.tenancy.enter(em, allianceId, user.id);
      const scope: RequestScope = { em, user, alliance: ctx, res, meta: { ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null } };
      send = await scopeStore.run(scope, () => load(ctx));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      res.status(STATUS[e.code] ?? 400).json({ errors: [{ message: translate(locale, e.code, e.params), extensions: { code: e.code } }] });
      return;
    } finally {
      await this.transactions.finish(runner, false);
    }
    await send();
  }

  private async sendXlsx(res: Response, name: string, write: (out: Response) => Promise<void>): Promise<void> {
    res.status(200).type(CONTENT_TYPE.xlsx).set(headers(name));
    await write(res);
  }
}

const localeOf = (lang: unknown): ExportLocale => (lang === 'en' ? 'en' : 'de');

const headers = (fileName: string) => ({
  'content-disposition': contentDisposition(fileName),
  'cache-control': 'private, no-store',
  'x-content-type-options': 'nosniff',
});
