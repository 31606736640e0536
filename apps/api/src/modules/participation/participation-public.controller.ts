import { ArgumentsHost, Body, Catch, Controller, ExceptionFilter, Get, Header, HttpCode, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import { DomainError } from '../../core/errors';
import { fieldMessage, pickLocale, translate } from '../../core/i18n/messages';
import { PHOTO_MAX_BYTES } from './participation-public.rules';
import { ParticipationPublicService, UploadedPhoto } from './participation-public.service';

const STATUS: Record<string, number> = { NOT_FOUND: 404, TOO_MANY_REQUESTS: 429 };

/** The visitor's language: `?lang=de|en`, else Accept-Language. */
const localeOf = (req: Request) => (req.query.lang === 'en' || req.query.lang === 'de' ? req.query.lang : pickLocale(req.headers['accept-language']));

/**
 * A domain error as JSON in the visitor's language: `{ error: { code, message, fields } }` (the
 * contract's shape) — also for errors thrown before a handler runs (the global text pipe).
 */
@Catch(DomainError)
export class ParticipationErrorFilter implements ExceptionFilter {
  catch(e: DomainError, host: ArgumentsHost) {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const locale = localeOf(req);
    const fields = e.fields.map((f) => ({ field: f.field, code: f.code, message: fieldMessage(locale, f) }));
    res.status(STATUS[e.code] ?? 400).json({ error: { code: e.code, message: translate(locale, e.code, e.params), fields } });
  }
}

/**
 * Co-production on the public Chancenportal (issue 16): no login, one service call each. Under
 * /api/portal/:slug like the portal's other public endpoints (the portal's own way of entering
 * its alliance: gw_enter_portal).
 */
@Controller('api/portal/:slug/participation')
@UseFilters(ParticipationErrorFilter)
export class ParticipationPublicController {
  constructor(private readonly participation: ParticipationPublicService) {}

  @Get('challenge')
  @Header('cache-control', 'no-store')
  challenge() {
    return this.participation.challenge();
  }

  @Get('meta')
  @Header('cache-control', 'public, max-age=60')
  meta(@Req() req: Request, @Param('slug') slug: string) {
    return this.participation.meta(slug, localeOf(req));
  }

  @Post('offers/:offerId/feedback')
  @HttpCode(202)
  postFeedback(@Req() req: Request, @Param('slug') slug: string, @Param('offerId') offerId: string, @Body() body: unknown) {
    return this.participation.submitFeedback(slug, offerId, body, req.ip ?? null);
  }

  @Get('offers/:offerId/feedback')
  @Header('cache-control', 'public, max-age=30')
  feedback(@Param('slug') slug: string, @Param('offerId') offerId: string) {
    return this.participation.feedback(slug, offerId);
  }

  @Post('reports')
  @HttpCode(202)
  async postReport(@Req() req: Request, @Param('slug') slug: string, @Body() body: unknown) {
    const { fields, photo } = req.is('multipart/form-data') ? await readMultipart(req) : { fields: (body ?? {}) as Record<string, unknown>, photo: null };
    return this.participation.submitReport(slug, fields, photo, req.ip ?? null);
  }

  @Get('reports')
  @Header('cache-control', 'public, max-age=30')
  reports(@Param('slug') slug: string, @Query() query: Record<string, unknown>) {
    return this.participation.reports(slug, query);
  }

  @Get('reports/:id')
  @Header('cache-control', 'public, max-age=30')
  report(@Param('slug') slug: string, @Param('id') id: string) {
    return this.participation.report(slug, id);
  }

  @Get('reports/:id/photo')
  async photo(@Param('slug') slug: string, @Param('id') id: string, @Res() res: Response) {
    const p = await this.participation.photo(slug, id);
    res.type(p.mime).setHeader('cache-control', 'public, max-age=300');
    res.send(p.photo);
  }

  @Post('reports/:id/support')
  @HttpCode(200)
  support(@Req() req: Request, @Param('slug') slug: string, @Param('id') id: string, @Body() body: unknown) {
    return this.participation.support(slug, id, body, req.ip ?? null);
  }

  @Get('follow/:token')
  @Header('cache-control', 'no-store')
  follow(@Param('slug') slug: string, @Param('token') token: string) {
    return this.participation.follow(slug, token);
  }

  @Post('abuse')
  @HttpCode(202)
  abuse(@Req() req: Request, @Param('slug') slug: string, @Body() body: unknown) {
    return this.participation.abuse(slug, body, req.ip ?? null);
  }

  @Get('confirm/:token')
  @Header('cache-control', 'no-store')
  confirm(@Param('slug') slug: string, @Param('token') token: string) {
    return this.participation.confirm(slug, token);
  }
}

const photoRefused = () => new DomainError('IMAGE_INVALID', { maxKb: PHOTO_MAX_BYTES / 1024, minPx: 64 });

/** The report's fields and its one optional photo; a photo past 5 MB is refused as soon as it grows past it (the rest is not read). */
function readMultipart(req: Request): Promise<{ fields: Record<string, unknown>; photo: UploadedPhoto | null }> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: PHOTO_MAX_BYTES, fields: 30, fieldSize: 16 * 1024, parts: 32 } });
    } catch {
      return reject(invalidBody());
    }
    const fields: Record<string, unknown> = {};
    let photo: Promise<UploadedPhoto | null> = Promise.resolve(null);
    bb.on('field', (name, value) => {
      fields[name] = value;
    });
    bb.on('file', (name, stream) => {
      if (name !== 'photo') {
        stream.resume();
        return;
      }
      const parts: Buffer[] = [];
      photo = new Promise((done, failed) => {
        stream.on('data', (d: Buffer) => parts.push(d));
        stream.on('limit', () => failed(photoRefused()));
        stream.on('end', () => done(parts.length ? { bytes: Buffer.concat(parts) } : null));
        stream.on('error', failed);
      });
      photo.catch(() => undefined);
    });
    bb.on('error', () => reject(invalidBody()));
    bb.on('close', () => {
      photo.then(
        (p) => resolve({ fields, photo: p }),
        (e) => {
          req.unpipe(bb);
          req.resume();
          reject(e);
        },
      );
    });
    req.pipe(bb);
  });
}

const invalidBody = () => new DomainError('VALIDATION_FAILED', {}, [{ field: 'body', code: 'invalid' }]);
