import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { drain } from './drain';

const get = (port: number, agent?: http.Agent) =>
  new Promise<{ status?: number; body: string }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      })
      .on('error', reject);
  });

/** What SIGTERM does in main.ts: stop accepting, finish what is in flight, then resolve. */
describe('drain (SIGTERM)', () => {
  it('finishes in-flight requests, refuses new connections, closes idle keep-alive ones, and resolves', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const inFlight = new Promise<void>((r) => (started = r));
    const server = http.createServer(async (req, res) => {
      if (req.url === '/') {
        started();
        await held;
      }
      res.end('done');
    });
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;

    // An idle keep-alive connection (a finished request on a kept socket) must not hold the drain up.
    const keepAlive = new http.Agent({ keepAlive: true });
    await new Promise<void>((r) => http.get({ host: '127.0.0.1', port, path: '/idle', agent: keepAlive }, (res) => res.resume().on('end', () => r())));

    const slow = get(port);
    await inFlight;
    let drained = false;
    const done = drain(server, 10_000).then(() => (drained = true));

    await expect(get(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await new Promise((r) => setTimeout(r, 200));
    expect(drained).toBe(false);
    release();
    expect(await slow).toEqual({ status: 200, body: 'done' });
    await done;
    expect(drained).toBe(true);
    keepAlive.destroy();
  });

  it('closes connections that are still busy after the timeout', async () => {
    const server = http.createServer(() => undefined /* never answers */);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const hanging = get(port).catch((e) => e);
    await new Promise((r) => setTimeout(r, 100));
    await drain(server, 300);
    expect(await hanging).toMatchObject({ code: 'ECONNRESET' });
  });
});
