import { Controller, Post, Req, Res } from '@nestjs/common';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import { DomainError } from '../../core/errors';
import { fieldMessage, pickLocale, translate } from '../../core/i18n/messages';
import type { AuthUser } from '../../core/request-context';
import { RequestTransactions } from '../../core/tenancy/request-transaction';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { MAX_IMPORT_BYTES } from './file-reader';
import { ImportsService } from './imports.service';

/** Header a browser form on another site cannot send: with the Origin check, the upload's CSRF defence. */
export const UPLOAD_HEADER = 'x-gemeinwerk-upload';

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  IMPORT_FILE_TOO_LARGE: 413,
  TWO_FACTOR_ENROLMENT_REQUIRED: 403,
  API_TOKEN_NOT_ALLOWED: 403,
};

/**
 * POST /imports/upload?allianceId=…&kind=… with one multipart file: the first step of an import.
 * The same session, alliance context and row-level security as a GraphQL operation (the tenancy
 * service enters the alliance for the caller); the file is read into memory up to the limit
 * while no database connection is held, then staged in one transaction. Errors answer like
 * GraphQL errors: `{ errors: [{ message, extensions: { code } }] }`, translated.
 */
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly transactions: RequestTransactions,
    private readonly tenancy: TenancyService,
  ) {}

  @Post('upload')
  async upload(@Req() req: Request & { auth?: AuthUser }, @Res() res: Response): Promise<void> {
    const locale = pickLocale(req.headers['accept-language']);
    const fail = (e: DomainError) => {
      const details = e.fields.map((f) => `${f.field} (${fieldMessage(locale, f)})`).join(', ');
      res
        .status(STATUS[e.code] ?? 400)
        .json({ errors: [{ message: translate(locale, e.code, { ...e.params, details }), extensions: { code: e.code, params: e.params } }] });
    };
    try {
      const user = req.auth;
      if (!user) throw new DomainError('UNAUTHENTICATED');
      // Integrations import through GraphQL operations of their surface, not through this upload.
      if (user.apiToken) throw new DomainError('API_TOKEN_NOT_ALLOWED', { operation: 'upload' });
      if (req.headers[UPLOAD_HEADER] !== '1') throw new DomainError('BAD_REQUEST', { details: UPLOAD_HEADER });
      const allianceId = String(req.query.allianceId ?? '');
      const kind = String(req.query.kind ?? '');
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_IMPORT_BYTES + 64 * 1024) throw tooLarge();
      const file = await readUpload(req);
      const runner = await this.transactions.beginAs(user.id);
      let ok = false;
      try {
        const ctx = await this.tenancy.enter(runner.manager, allianceId, user.id);
        const batch = await this.imports.upload(ctx, kind, file.name, file.bytes);
        ok = true;
        await this.transactions.finish(runner, true);
        res.status(201).json({ data: { batchId: batch.id, version: batch.version, rowCount: batch.rowCount } });
      } finally {
        if (!ok) await this.transactions.finish(runner, false);
      }
    } catch (e) {
      if (e instanceof DomainError) return fail(e);
      throw e;
    }
  }
}

const tooLarge = () => new DomainError('IMPORT_FILE_TOO_LARGE', { max: Math.round(MAX_IMPORT_BYTES / 1024 / 1024) });

/** The one file of a multipart body, refused as soon as it grows past the limit (the rest is not read). */
function readUpload(req: Request): Promise<{ name: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_IMPORT_BYTES, fields: 5, parts: 6 } });
    } catch {
      return reject(new DomainError('IMPORT_FILE_UNREADABLE', { reason: 'noFile' }));
    }
    let found: Promise<{ name: string; bytes: Buffer }> | undefined;
    bb.on('file', (_field, stream, info) => {
      const parts: Buffer[] = [];
      found = new Promise((done, failed) => {
        stream.on('data', (d: Buffer) => parts.push(d));
        stream.on('limit', () => failed(tooLarge()));
        stream.on('end', () => done({ name: info.filename || 'upload', bytes: Buffer.concat(parts) }));
        stream.on('error', failed);
      });
      found.catch(() => undefined);
    });
    bb.on('error', () => reject(new DomainError('IMPORT_FILE_UNREADABLE', { reason: 'noFile' })));
    bb.on('close', () => {
      if (!found) return reject(new DomainError('IMPORT_FILE_UNREADABLE', { reason: 'noFile' }));
      found.then(resolve, (e) => {
        req.unpipe(bb);
        req.resume();
        reject(e);
      });
    });
    req.pipe(bb);
  });
}
