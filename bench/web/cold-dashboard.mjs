import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../lib/db.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The cold dashboard in headless Chromium: a fresh browser context (empty cache) with the
 * backbone's session cookie opens /a/<featured>/dashboard against the built app served by the
 * API; the time runs from navigation until every indicator row shows its latest value (or says
 * it has none), at most 60 s. `runs` cold loads; the median counts.
 */
export async function coldDashboard({ apiUrl, allianceId, token, expectedRows, runs = 3 }) {
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} not found` };
  if (!existsSync(path.join(ROOT, 'apps/web/dist/index.html'))) return { skipped: 'apps/web/dist is not built' };
  const { chromium } = createRequire(path.join(ROOT, 'apps/web/package.json'))('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const times = [];
  let failure = null;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addCookies([{ name: 'gw_session', value: token, url: apiUrl }]);
      const page = await context.newPage();
      const t0 = Date.now();
      try {
        await page.goto(`${apiUrl}/a/${allianceId}/dashboard`, { waitUntil: 'commit' });
        await page.waitForFunction(
          (n) => {
            const rows = document.querySelectorAll('li.indicator-progress');
            return rows.length >= n && [...rows].every((r) => (r.querySelector('.indicator-progress__latest')?.textContent ?? '').trim() !== '');
          },
          expectedRows,
          { timeout: 60000, polling: 50 },
        );
        times.push(Date.now() - t0);
      } catch (e) {
        failure ??= String(e.message ?? e).split('\n')[0];
        const rows = await page
          .locator('li.indicator-progress')
          .count()
          .catch(() => -1);
        const alert = await page
          .locator('[role=alert]')
          .first()
          .textContent({ timeout: 1000 })
          .catch(() => null);
        failure += ` (rows visible: ${rows}, after ${Date.now() - t0} ms, at ${new URL(page.url()).pathname}${alert ? `, alert: ${alert.trim().slice(0, 120)}` : ''})`;
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { runs: times, medianMs: sorted.length ? sorted[Math.floor(sorted.length / 2)] : null, failure };
}
