import http from 'node:http';

/** One POST on a keep-alive agent; resolves with status and body. */
function post(agent, url, path, body, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url + path,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers }, timeout: 60000 },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve({ status: res.statusCode, body: data }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('client timeout (60 s)')));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * One measurement, closed loop: `connections` clients each send the request sequence of one
 * operation (the dashboard's two requests count as one operation), then the next, for `seconds`;
 * operations still running at the end are waited for and counted, so an operation slower than
 * the window still shows (autocannon drops them and counts requests, not operations). Latency
 * is per operation. Transport errors, non-2xx answers and GraphQL `errors` count as failed.
 */
export async function measure({ url, requests, connections, seconds, headers = {}, isError }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const lat = [];
  let errors = 0;
  let non2xx = 0;
  let appErrors = 0;
  let firstError = null;
  const start = process.hrtime.bigint();
  const until = Date.now() + seconds * 1000;
  const client = async () => {
    while (Date.now() < until) {
      const t = process.hrtime.bigint();
      let ok = true;
      for (const r of requests) {
        try {
          const res = await post(agent, url, r.path, r.body, headers);
          if (res.status < 200 || res.status >= 300) {
            non2xx++;
            ok = false;
            firstError ??= `${res.status} ${res.body.slice(0, 300)}`;
          } else if (isError?.(res.body)) {
            appErrors++;
            ok = false;
            firstError ??= res.body.slice(0, 300);
          }
        } catch (e) {
          errors++;
          ok = false;
          firstError ??= String(e.message ?? e);
        }
        if (!ok) break;
      }
      if (ok) lat.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  lat.sort((a, b) => a - b);
  const pct = (p) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor(lat.length * p))] : null);
  return {
    opsPerSec: lat.length / elapsed,
    ops: lat.length,
    seconds: elapsed,
    p50: pct(0.5),
    p99: pct(0.99),
    mean: lat.length ? lat.reduce((s, x) => s + x, 0) / lat.length : null,
    errors,
    non2xx,
    appErrors,
    failed: errors + non2xx + appErrors,
    firstError,
  };
}

/** A sequential loop for a scenario whose every request must be prepared (the bulk submission). */
export async function measureSequential({ seconds, prepare, send }) {
  const lat = [];
  let failed = 0;
  let firstError = null;
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until || lat.length + failed === 0) {
    const req = await prepare();
    const t = process.hrtime.bigint();
    try {
      await send(req);
      lat.push(Number(process.hrtime.bigint() - t) / 1e6);
    } catch (e) {
      failed++;
      firstError ??= String(e.message ?? e).slice(0, 300);
    }
  }
  lat.sort((a, b) => a - b);
  const mean = lat.reduce((s, x) => s + x, 0) / (lat.length || 1);
  return {
    opsPerSec: lat.length ? 1000 / mean : 0,
    ops: lat.length,
    p50: lat[Math.floor(lat.length / 2)] ?? null,
    p99: lat[Math.min(lat.length - 1, Math.floor(lat.length * 0.99))] ?? null,
    mean,
    errors: 0,
    non2xx: 0,
    appErrors: failed,
    failed,
    firstError,
  };
}
