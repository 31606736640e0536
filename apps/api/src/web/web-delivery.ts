import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Hashed build output: the name changes with the content, so a copy never goes stale. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Unhashed public files (favicon, robots.txt): short-lived, revalidated by ETag afterwards. */
const SHORT = 'public, max-age=3600';
/** The HTML shell names the current hashed files: always revalidate it. */
const NO_CACHE = 'no-cache';

/** Precompressed siblings written by the web build (apps/web/build/precompress.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number];

/** Paths the server answers itself, never with the app's HTML. */
const API_PREFIXES = ['/graphql', '/health', '/dev', '/calendar', '/api/portal'];

/**
 * Parses `Accept-Encoding` into coding → q. A coding that is not named takes the q of `*` when
 * one is given; otherwise it is not acceptable (identity is handled by the caller: always sent
 * when no compressed variant fits).
 */
export function acceptedEncodings(header: string | undefined): Map<string, number> {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (!coding) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(coding, Number.isFinite(value) ? value : 0);
  }
  return q;
}

/** The acceptable encodings in the order to try: highest q first, brotli before gzip on a tie. */
function candidates(header: string | undefined): Encoding[] {
  const q = acceptedEncodings(header);
  const star = q.get('*') ?? 0;
  return ENCODINGS.map((e) => ({ e, q: q.get(e.name) ?? star }))
    .filter((c) => c.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((c) => c.e);
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Maps the URL path onto a file below `dist`, or undefined for anything that would leave it. */
function resolveInside(dist: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  // No NUL, and no dot segments: dist/.vite (the build manifest) is not for the public.
  if (decoded.includes('\0') || decoded.split('/').some((part) => part.startsWith('.'))) return undefined;
  const file = path.join(dist, path.normalize(decoded));
  return file.startsWith(dist + path.sep) ? file : undefined;
}

/**
 * Sends one file of the build: the best precompressed variant the client accepts (with
 * `Vary: Accept-Encoding`, since the answer depends on it), else the file itself. The type is
 * set from the original name before `sendFile`, which keeps a type that is already set.
 */
async function sendBuilt(req: Request, res: Response, next: NextFunction, dist: string, file: string, cacheControl: string): Promise<void> {
  let chosen = file;
  let encoding: Encoding | undefined;
  for (const e of candidates(req.headers['accept-encoding'])) {
    if (await isFile(file + e.suffix)) {
      chosen = file + e.suffix;
      encoding = e;
      break;
    }
  }
  // Vary whenever a compressed sibling exists at all, so a cache never hands a brotli body to a
  // client that asked for identity (or the other way round).
  if (encoding || (await Promise.all(ENCODINGS.map((e) => isFile(file + e.suffix)))).some(Boolean)) res.vary('Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding.name);
  res.type(path.extname(file));
  res.setHeader('Cache-Control', cacheControl);
  // Relative to the build's root, so the dotfile check looks only inside the build.
  res.sendFile(path.relative(dist, chosen), { root: dist, cacheControl: false }, (err) => {
    if (err && !res.headersSent) next(err);
  });
}

/**
 * Serves the built web app (apps/web/dist) from the API's origin:
 * - files under /assets are content-hashed → cached for a year as immutable;
 * - an unknown /assets path, a source map or a compressed sibling asked for by name → 404,
 *   never the app's HTML (a stale chunk must fail loudly, and maps are not published);
 * - other files of the build (robots.txt, favicon) → short caching;
 * - everything else that wants HTML → index.html with `no-cache` (client-side routes).
 * Replaces express.static because that knows neither precompressed files nor per-path caching.
 */
export function webDelivery(distDir: string): RequestHandler {
  const dist = path.resolve(distDir);
  const index = path.join(dist, 'index.html');
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next();
    void (async () => {
      const file = resolveInside(dist, req.path);
      const isAsset = req.path.startsWith('/assets/');
      if (file && !/\.(map|br|gz)$/i.test(file) && path.basename(file) !== 'index.html' && (await isFile(file))) {
        return sendBuilt(req, res, next, dist, file, isAsset ? IMMUTABLE : SHORT);
      }
      if (isAsset || /\.map$/i.test(req.path)) {
        res.status(404).type('text/plain').setHeader('Cache-Control', NO_CACHE);
        res.send('Not Found');
        return;
      }
      if (!req.accepts('html')) return next();
      return sendBuilt(req, res, next, dist, index, NO_CACHE);
    })().catch(next);
  };
}
