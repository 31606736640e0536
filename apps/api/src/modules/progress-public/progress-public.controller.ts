import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { translate } from '../../core/i18n/messages';
import { etagOf, matchesEtag, PAGE_MAX_AGE_SECONDS, pageLocale } from './progress-public.rules';
import { ProgressPublicService } from './progress-public.service';

/**
 * GET /api/progress/<slug>: the public progress page's data, no login, no cookies. Cacheable by
 * browsers and shared caches for a minute, revalidated by ETag (304); the language comes from
 * `?lang=` or Accept-Language (so responses vary by it).
 */
@Controller('api/progress')
export class ProgressPublicController {
  constructor(private readonly progress: ProgressPublicService) {}

  // The address and ?lang= are read from the request, not through @Param/@Query: the global
  // SafeTextPipe would answer a NUL in them with a GraphQL-shaped error (a 500 here). Nothing
  // else is needed: the slug must match SLUG and lang be 'de' or 'en', anything else is 404 / German.
  @Get(':slug')
  async get(@Req() req: Request, @Res() res: Response) {
    const slug = String(req.params.slug ?? '');
    const locale = pageLocale(req.query.lang, req.headers['accept-language']);
    res.setHeader('Vary', 'Accept-Language');
    const page = await this.progress.page(slug, locale);
    if (!page) {
      res.setHeader('Cache-Control', `public, max-age=${PAGE_MAX_AGE_SECONDS}`);
      res.status(404).json({ code: 'NOT_FOUND', message: translate(locale, 'NOT_FOUND', { entity: 'PublicProgressPage' }) });
      return;
    }
    const body = JSON.stringify(page);
    const etag = etagOf(body);
    res.setHeader('Cache-Control', `public, max-age=${PAGE_MAX_AGE_SECONDS}`);
    res.setHeader('ETag', etag);
    if (matchesEtag(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    res.status(200).type('application/json; charset=utf-8').send(body);
  }
}
