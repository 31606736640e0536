import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { injectHead } from '../portal-public/portal-public.rules';
import { pageLocale } from './progress-public.rules';
import type { ProgressPublicService } from './progress-public.service';

const PAGE = /^\/fortschritt\/([a-z0-9][a-z0-9-]{1,62})(\/embed)?\/?$/;

const DESCRIPTION = {
  de: (name: string, n: number) => `Fortschritt des Bündnisses ${name}: ${n} Indikatoren mit geprüften Werten, Zielwerten und Zielen.`,
  en: (name: string, n: number) => `Progress of ${name}: ${n} indicators with approved values, targets and goals.`,
};

/**
 * The public progress page as the server sends it, as portalShell does for the Chancenportal:
 * the web app's index.html with the page's title, description, canonical address and Open Graph
 * tags in the head, so link previews and search engines see them without JavaScript. The embed
 * view may be framed by any site (a read-only page of published numbers); the full page may not.
 * An unknown or withdrawn page falls through (the app shows its own "not found").
 */
export function progressShell(distDir: string, publicUrl: string, progress: () => ProgressPublicService): RequestHandler {
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
    const page = PAGE.exec(req.path);
    if (!page || !req.accepts('html')) return next();
    void (async () => {
      const html = await shell();
      if (!html) return next();
      const lang = pageLocale(req.query.lang, req.headers['accept-language']);
      const found = await progress().head(page[1]);
      if (!found) return next();
      const out = injectHead(html, {
        title: found.name,
        description: (found.vision || DESCRIPTION[lang](found.name, found.indicators)).slice(0, 300),
        canonical: `${publicUrl}/fortschritt/${page[1]}`,
        lang,
      });
      if (page[2]) {
        const csp = String(res.getHeader('Content-Security-Policy') ?? '');
        res.setHeader('Content-Security-Policy', csp.replace(/frame-ancestors [^;]*/, 'frame-ancestors *'));
        res.removeHeader('X-Frame-Options');
      }
      res.status(200).type('html').setHeader('Cache-Control', 'no-cache');
      res.setHeader('Vary', 'Accept-Language');
      res.send(out);
    })().catch(next);
  };
}
