import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { cspWithMapOrigins, injectHead, mapOrigins } from './portal-public.rules';
import type { PortalPublicService, PublicOfferDetail } from './portal-public.service';

const PAGE = /^\/portal\/([a-z0-9][a-z0-9-]{1,62})(?:\/(angebote)\/([0-9a-f-]{36})|\/(embed))?\/?$/i;
const SITEMAP = /^\/portal\/([a-z0-9][a-z0-9-]{1,62})\/sitemap\.xml$/i;
/** Any page of a portal (the web app's other portal pages too: reports, report form, provider sign-up). */
const ANY_PAGE = /^\/portal\/([a-z0-9][a-z0-9-]{1,62})(?:\/|$)/i;

/** schema.org for an offer: an Event when it has dates, a Service otherwise. */
export function offerJsonLd(o: PublicOfferDetail, url: string, portalName: string): Record<string, unknown> {
  const place = {
    '@type': 'Place',
    name: o.district?.name ?? o.city ?? portalName,
    address: { '@type': 'PostalAddress', streetAddress: o.street ?? undefined, postalCode: o.postalCode ?? undefined, addressLocality: o.city ?? undefined },
    ...(o.position ? { geo: { '@type': 'GeoCoordinates', latitude: o.position.lat, longitude: o.position.lng } } : {}),
  };
  const provider = { '@type': 'Organization', name: o.provider.name, ...(o.provider.website ? { url: o.provider.website } : {}) };
  const offers = { '@type': 'Offer', price: o.isFree ? 0 : undefined, priceCurrency: 'EUR', ...(o.costNote ? { description: o.costNote } : {}) };
  if (o.dated) {
    const first = o.scheduleKind === 'DATES' ? ((o.schedule as { date?: string }[])[0]?.date ?? o.startDate) : o.startDate;
    const last = o.scheduleKind === 'DATES' ? ((o.schedule as { date?: string }[]).at(-1)?.date ?? o.endDate) : (o.endDate ?? o.startDate);
    return {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: o.title,
      description: o.summary || o.description,
      url,
      startDate: first,
      endDate: last,
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: place,
      organizer: provider,
      offers,
      inLanguage: o.languages,
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: o.title,
    description: o.summary || o.description,
    url,
    provider,
    areaServed: place,
    offers,
    availableLanguage: o.languages,
  };
}

/**
 * The portal's pages as the server sends them, before the web app's own delivery: the app's
 * index.html with the page's title, description, canonical address, Open Graph tags and (for an
 * offer) schema.org JSON-LD written into the head, so that search engines and link previews see
 * them without running JavaScript; and /portal/<slug>/sitemap.xml. The embed view alone may be
 * framed, by the origins the portal lists. Anything unknown falls through (the app shows its
 * own "not found").
 */
export function portalShell(distDir: string, publicUrl: string, portal: () => PortalPublicService): RequestHandler {
  const index = path.join(path.resolve(distDir), 'index.html');
  let cached: { mtime: number; html: string } | null = null;
  const shell = async () => {
    const s = await stat(index).catch(() => null);
    if (!s) return null;
    if (!cached || cached.mtime !== s.mtimeMs) cached = { mtime: s.mtimeMs, html: await readFile(index, 'utf8') };
    return cached.html;
  };
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const sitemap = SITEMAP.exec(req.path);
    const page = sitemap ? null : PAGE.exec(req.path);
    const other = sitemap || page ? null : ANY_PAGE.exec(req.path);
    if (!sitemap && !page && !other) return next();
    // A portal with its own map style or tiles: its pages may load them (only those origins).
    const allowMap = async (slug: string) => {
      const origins = mapOrigins((await portal().settings(slug))?.map ?? { styleUrl: null, tileUrl: null });
      const csp = res.getHeader('Content-Security-Policy');
      if (origins.length && typeof csp === 'string') res.setHeader('Content-Security-Policy', cspWithMapOrigins(csp, origins));
    };
    void (async () => {
      if (other) {
        if (req.accepts('html') && !/\.[a-z0-9]+$/i.test(req.path)) await allowMap(other[1].toLowerCase());
        return next();
      }
      if (sitemap) {
        const xml = await portal().sitemap(sitemap[1].toLowerCase());
        if (xml === null) return next();
        res.type('application/xml; charset=utf-8').setHeader('Cache-Control', 'public, max-age=3600');
        res.send(xml);
        return;
      }
      if (!page || !req.accepts('html')) return next();
      const html = await shell();
      if (!html) return next();
      const slug = page[1].toLowerCase();
      const offerId = page[3]?.toLowerCase() ?? null;
      const embed = !!page[4];
      const found = await portal().page(slug, offerId);
      if (!found) return next();
      const lang = 'de';
      const image = found.portal.logo ? `${publicUrl}${found.portal.logo}` : null;
      let out: string;
      if (found.offer) {
        const canonical = `${publicUrl}/portal/${slug}/angebote/${found.offer.id}`;
        out = injectHead(html, {
          title: `${found.offer.title} · ${found.portal.name}`,
          description: found.offer.summary || found.offer.description || found.offer.title,
          canonical,
          jsonLd: offerJsonLd(found.offer, canonical, found.portal.name),
          lang,
          image,
        });
      } else {
        out = injectHead(html, {
          title: found.portal.name,
          description: found.portal.intro || found.portal.name,
          canonical: `${publicUrl}/portal/${slug}`,
          lang,
          image,
        });
      }
      await allowMap(slug);
      if (embed) {
        const settings = await portal().settings(slug);
        const origins = (settings?.embedOrigins ?? []).filter((o) => /^https?:\/\/[^\s;,'"]+$/.test(o));
        const csp = String(res.getHeader('Content-Security-Policy') ?? '');
        res.setHeader('Content-Security-Policy', csp.replace(/frame-ancestors [^;]*/, `frame-ancestors ${origins.length ? origins.join(' ') : "'self'"}`));
        res.removeHeader('X-Frame-Options');
      }
      res.status(200).type('html').setHeader('Cache-Control', 'no-cache');
      res.send(out);
    })().catch(next);
  };
}
