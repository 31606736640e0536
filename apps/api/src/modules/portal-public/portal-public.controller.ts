import { Body, Controller, Get, Header, HttpCode, HttpException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../../core/errors';
import { fieldMessage, pickLocale, translate } from '../../core/i18n/messages';
import { parseSearch } from './portal-public.rules';
import { PortalPublicService } from './portal-public.service';

const STATUS: Record<string, number> = { NOT_FOUND: 404, VALIDATION_FAILED: 400, TOO_MANY_REQUESTS: 429 };

/** A domain error as JSON in the visitor's language: { code, message, fields }. */
async function answer<T>(req: Request, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    const locale = pickLocale(req.headers['accept-language']);
    const fields = e.fields.map((f) => ({ field: f.field, code: f.code, message: fieldMessage(locale, f) }));
    throw new HttpException({ code: e.code, message: translate(locale, e.code, e.params), fields }, STATUS[e.code] ?? 400);
  }
}

/**
 * The public Chancenportal's REST endpoints (no login, no cookies needed): the portal, the search
 * with facets, the map's points, an offer, its calendar file and the contact form. Thin: one
 * service call each. Under /api/portal so that the web delivery never answers them with HTML.
 */
@Controller('api/portal/:slug')
export class PortalPublicController {
  constructor(private readonly portal: PortalPublicService) {}

  @Get()
  @Header('cache-control', 'public, max-age=60')
  get(@Req() req: Request, @Param('slug') slug: string) {
    return answer(req, () => this.portal.portal(slug));
  }

  /** The portal's logo (the portal's answer names it with a version, so it may be cached for a day). */
  @Get('logo')
  async logo(@Req() req: Request, @Param('slug') slug: string, @Res() res: Response) {
    const logo = await answer(req, () => this.portal.logo(slug));
    if (!logo) {
      res.status(404).json({ code: 'NOT_FOUND', message: translate(pickLocale(req.headers['accept-language']), 'NOT_FOUND', { entity: 'PublicPortal' }) });
      return;
    }
    res.type(logo.type).setHeader('cache-control', 'public, max-age=86400');
    res.setHeader('content-disposition', 'inline');
    res.send(logo.bytes);
  }

  @Get('offers')
  @Header('cache-control', 'public, max-age=30')
  search(@Req() req: Request, @Param('slug') slug: string, @Query() query: Record<string, unknown>) {
    return answer(req, () => this.portal.search(slug, parseSearch(query)));
  }

  @Get('map')
  @Header('cache-control', 'public, max-age=30')
  map(@Req() req: Request, @Param('slug') slug: string, @Query() query: Record<string, unknown>) {
    return answer(req, () => this.portal.points(slug, parseSearch(query)));
  }

  @Get('offers/:id')
  @Header('cache-control', 'public, max-age=30')
  offer(@Req() req: Request, @Param('slug') slug: string, @Param('id') id: string) {
    return answer(req, () => this.portal.offer(slug, id));
  }

  @Get('offers/:id/calendar.ics')
  async ics(@Req() req: Request, @Param('slug') slug: string, @Param('id') id: string, @Res() res: Response) {
    const text = await this.portal.ics(slug, id);
    if (text === null) {
      res.status(404).json({ code: 'NOT_FOUND', message: translate(pickLocale(req.headers['accept-language']), 'NOT_FOUND', { entity: 'PublicOffer' }) });
      return;
    }
    res.type('text/calendar; charset=utf-8').setHeader('content-disposition', `attachment; filename="angebot-${id}.ics"`);
    res.send(text);
  }

  @Post('offers/:id/contact')
  @HttpCode(200)
  contact(@Req() req: Request, @Param('slug') slug: string, @Param('id') id: string, @Body() body: unknown) {
    return answer(req, () => this.portal.contact(slug, id, body, req.ip ?? null));
  }
}
