import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const API_ROOT = path.resolve(__dirname, '..');

/**
 * Runs a script in a fresh Node process (instrumentations patch modules as they load, which a
 * Jest worker has already done) and returns its output.
 */
function runNode(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', '-e', script], {
      cwd: API_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

// The child loads tracing.ts as main.ts does, serves one HTTP request, and shuts tracing down (flush).
const SCRIPT = `
const { tracing } = require('./src/tracing');
const http = require('node:http');
console.log('otel loaded: ' + Object.keys(require.cache).some((k) => k.includes('@opentelemetry')));
const server = http.createServer((req, res) => res.end('ok')).listen(0, '127.0.0.1', () => {
  http.get('http://127.0.0.1:' + server.address().port + '/graphql', (res) => {
    res.resume();
    res.on('end', async () => { server.close(); if (tracing) await tracing.shutdown(); console.log('done'); });
  });
});`;

describe('OpenTelemetry tracing', () => {
  it('loads no OpenTelemetry module when OTEL_EXPORTER_OTLP_ENDPOINT is unset', async () => {
    const r = await runNode(SCRIPT, { OTEL_EXPORTER_OTLP_ENDPOINT: '' });
    expect(r.output).toContain('otel loaded: false');
    expect(r.output).toContain('done');
  }, 60_000);

  it('exports spans of incoming HTTP requests to the OTLP endpoint when it is set', async () => {
    const received: { path?: string; type?: string; bytes: number }[] = [];
    const collector = http.createServer((req, res) => {
      let bytes = 0;
      req.on('data', (d: Buffer) => (bytes += d.length));
      req.on('end', () => {
        received.push({ path: req.url, type: req.headers['content-type'], bytes });
        res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
      });
    });
    await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
    try {
      const port = (collector.address() as AddressInfo).port;
      const r = await runNode(SCRIPT, { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, OTEL_SERVICE_NAME: 'gemeinwerk-test' });
      expect(r.output).toContain('otel loaded: true');
      expect(r.output).toContain('done');
      const traces = received.filter((x) => x.path === '/v1/traces');
      expect(traces.length).toBeGreaterThan(0);
      expect(traces[0]).toMatchObject({ type: 'application/x-protobuf' });
      expect(traces[0].bytes).toBeGreaterThan(50);
      // Traces only: metrics are Prometheus' business.
      expect(received.map((x) => x.path)).toEqual(traces.map((x) => x.path));
    } finally {
      collector.close();
    }
  }, 60_000);
});
