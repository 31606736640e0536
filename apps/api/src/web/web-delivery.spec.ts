import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { TestApp } from '../test/test-app';
import { acceptedEncodings, IMMUTABLE } from './web-delivery';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** node:http rather than fetch: fetch decodes the body and sets Accept-Encoding itself. */
function get(base: string, urlPath: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(urlPath, base), { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

const SCRIPT = `export const greeting = ${JSON.stringify('Hallo '.repeat(400))};\n`;
const HTML = '<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>';

describe('web delivery', () => {
  let app: TestApp;
  let dist: string;

  beforeAll(async () => {
    // A small stand-in for apps/web/dist, shaped as the real build leaves it.
    dist = mkdtempSync(path.join(os.tmpdir(), 'gw-web-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), HTML);
    writeFileSync(path.join(dist, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
    const js = path.join(dist, 'assets/index-AbC123.js');
    writeFileSync(js, SCRIPT);
    writeFileSync(`${js}.br`, brotliCompressSync(SCRIPT));
    writeFileSync(`${js}.gz`, gzipSync(SCRIPT));
    writeFileSync(`${js}.map`, '{"version":3,"sources":["secret.ts"]}');
    writeFileSync(path.join(dist, 'assets/only-gzip-9f8e7d.css'), 'body{}');
    writeFileSync(path.join(dist, 'assets/only-gzip-9f8e7d.css.gz'), gzipSync('body{}'));
    app = await TestApp.start({ WEB_DIST: dist });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends brotli to a client that accepts it, and says the answer varies by Accept-Encoding', async () => {
    const r = await get(app.url, '/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-type']).toMatch(/^text\/javascript/);
    expect(r.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(r.body).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a client without brotli, and gzip when the client prefers it by weight', async () => {
    for (const accept of ['gzip', 'br;q=0.5, gzip;q=1', 'br;q=0, *']) {
      const r = await get(app.url, '/assets/index-AbC123.js', { 'accept-encoding': accept });
      expect({ accept, encoding: r.headers['content-encoding'] }).toEqual({ accept, encoding: 'gzip' });
      expect(gunzipSync(r.body).toString()).toBe(SCRIPT);
    }
  });

  it('sends the file itself to a client that accepts no compression', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'gzip;q=0, br;q=0' }] as Record<string, string>[]) {
      const r = await get(app.url, '/assets/index-AbC123.js', headers);
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.headers.vary).toMatch(/Accept-Encoding/i);
      expect(r.body.toString()).toBe(SCRIPT);
    }
  });

  it('falls back to the next encoding when a variant is missing', async () => {
    const r = await get(app.url, '/assets/only-gzip-9f8e7d.css', { 'accept-encoding': 'br, gzip' });
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers['content-type']).toMatch(/^text\/css/);
    expect(gunzipSync(r.body).toString()).toBe('body{}');
  });

  it('caches hashed assets for a year as immutable, and revalidates the HTML shell every time', async () => {
    const asset = await get(app.url, '/assets/index-AbC123.js', { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');

    for (const page of ['/', '/login', '/a/some-alliance/dashboard', '/index.html']) {
      const r = await get(app.url, page, { accept: 'text/html', 'accept-encoding': 'br, gzip' });
      expect({ page, status: r.status, cache: r.headers['cache-control'] }).toEqual({ page, status: 200, cache: 'no-cache' });
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      expect(r.body.toString()).toBe(HTML);
    }
  });

  it('never publishes source maps or compressed siblings by name', async () => {
    for (const p of ['/assets/index-AbC123.js.map', '/assets/index-AbC123.js.br', '/assets/index-AbC123.js.gz']) {
      const r = await get(app.url, p, { accept: 'text/html,*/*' });
      expect({ p, status: r.status }).toEqual({ p, status: 404 });
      expect(r.body.toString()).not.toContain('sources');
      expect(r.body.toString()).not.toContain('<html');
    }
  });

  it('answers an unknown asset with 404, not with the app', async () => {
    const r = await get(app.url, '/assets/index-OLDHASH.js', { accept: 'text/html,*/*' });
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toMatch(/^text\/plain/);
    expect(r.headers['cache-control']).toBe('no-cache');
  });

  it('serves robots.txt as plain text', async () => {
    const r = await get(app.url, '/robots.txt', { accept: 'text/html,*/*' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/plain/);
    expect(r.body.toString()).toBe('User-agent: *\nDisallow: /\n');
  });

  it('stays inside the build directory', async () => {
    const r = await get(app.url, '/assets/..%2f..%2f..%2fetc%2fpasswd', { accept: '*/*' });
    expect(r.status).toBe(404);
    expect(r.body.toString()).not.toContain('root:');
  });

  it('leaves the API paths to the API', async () => {
    const r = await get(app.url, '/health/live', { accept: 'text/html' });
    expect(r.status).toBe(200);
    expect(r.body.toString()).not.toContain('<html');
  });
});

describe('acceptedEncodings', () => {
  it('reads codings with their weights', () => {
    expect([...acceptedEncodings('gzip, br;q=0.8 , *;q=0, identity;q=0.1')]).toEqual([
      ['gzip', 1],
      ['br', 0.8],
      ['*', 0],
      ['identity', 0.1],
    ]);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
  });
});
