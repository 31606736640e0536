#!/usr/bin/env node
/**
 * node bench/tools/funder-report-render.mjs [runs=5] [periods=12] [--in-process] [--profile] [--dir=<module dir>]
 *
 * Renders the funder report of an M-size alliance without database or HTTP: 50 monthly
 * indicators × `periods` (chart and period table each, some periods provisional, some suppressed),
 * 8 goals, 100 activities (of 200), 40 decisions, an SVG logo — with the module's own code
 * (TypeScript through swc). By default through FunderReportRenderer, i.e. in a worker thread as
 * the API renders it; --in-process calls renderFunderReportPdf on the main thread, and --profile
 * (implies --in-process) writes a V8 CPU profile to /tmp. --dir points at another copy of the
 * module (a sibling folder of funder-report/, e.g. the code before a change) to compare.
 *
 * Prints wall and CPU time per render: on a shared, loaded machine the CPU time (the process's,
 * all threads; the main thread only waits meanwhile) is what the render costs an idle core.
 * The first run includes starting the worker and loading pdfmake and the fonts.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const runs = Number(args[0] ?? 5);
const periodCount = Number(args[1] ?? 12);
const profile = process.argv.includes('--profile');
const inProcess = profile || process.argv.includes('--in-process');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dirArg = process.argv.find((a) => a.startsWith('--dir='));
const dir = dirArg ? path.resolve(dirArg.slice(6)) : path.join(root, 'apps/api/src/modules/reports/funder-report');
const apiRequire = createRequire(path.join(root, 'apps/api/package.json'));
// The API's tsconfig (decorators) and folder (the worker's bootstrap resolves @swc-node/register from there).
process.chdir(path.join(root, 'apps/api'));
process.env.TS_NODE_PROJECT ??= path.join(root, 'apps/api/tsconfig.json');
apiRequire('@swc-node/register');
let render;
let close = async () => {};
if (inProcess) {
  render = apiRequire(path.join(dir, 'funder-report.pdf.ts')).renderFunderReportPdf;
} else {
  const { FunderReportRenderer } = apiRequire(path.join(dir, 'funder-report.renderer.ts'));
  const renderer = new FunderReportRenderer();
  render = (d) => renderer.render(d);
  close = () => renderer.onModuleDestroy();
}

let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

const periods = Array.from({ length: periodCount }, (_, i) => {
  const m = 2026 * 12 + 12 - periodCount + i;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
});
const indicators = Array.from({ length: 50 }, (_, k) => {
  const scale = 10 ** (1 + (k % 4));
  const actual = periods.map((_, i) => (i === periods.length - 1 && k % 5 === 0 ? null : Math.round(scale * (0.4 + rnd()) * 10) / 10));
  return {
    code: `I-${k + 1}`,
    name: `Indikator ${k + 1}: Jugendliche mit Übergang in Ausbildung oder Studium`,
    unit: 'Personen',
    decimals: k % 3 === 0 ? 1 : 0,
    direction: 'INCREASE',
    frequency: 'MONTHLY',
    aggregation: 'SUM',
    baseline: k % 2 ? Math.round(scale * 0.5) : null,
    periods,
    actual,
    target: periods.map((_, i) => (k % 7 === 0 && i < 2 ? null : Math.round(scale * (0.8 + 0.05 * Math.floor(i / 3))))),
    approvedReports: periods.map((_, i) => (i >= periods.length - 2 ? 5 : 8)),
    expectedReports: periods.map(() => 8),
    provisional: periods.map((_, i) => i >= periods.length - 2 && actual[i] !== null),
    suppressed: periods.map((_, i) => k % 11 === 0 && i % 4 === 1),
  };
});
const logo =
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80"><circle cx="40" cy="40" r="34" fill="#1f6f5c"/>' +
  '<path d="M22 44 L36 56 L60 26" stroke="#fff" stroke-width="8" fill="none" stroke-linecap="round"/>' +
  '<text x="86" y="36" font-size="22" font-weight="bold" fill="#1f6f5c">Bildung</text><text x="86" y="62" font-size="18" fill="#333">Musterstadt</text></svg>';
const data = {
  language: 'de',
  generatedAt: '2026-12-07T10:00:00Z',
  readerRole: 'FUNDER',
  readerOrganisation: 'Vogel-Stiftung',
  suppressionThreshold: 5,
  alliance: {
    name: 'Bildungsbündnis Musterstadt',
    kind: 'ALLIANCE',
    lifecycle: 'ACTIVE',
    problemStatement: 'Zu viele Jugendliche verlassen die Schule ohne Anschluss. '.repeat(6),
    vision: 'Jede und jeder Jugendliche findet einen Weg in Ausbildung, Studium oder Arbeit. '.repeat(4),
    primaryColor: '#1f6f5c',
    logoDataUrl: `data:image/svg+xml;base64,${Buffer.from(logo).toString('base64')}`,
  },
  range: { from: periods[0], to: periods.at(-1), startsOn: `${periods[0]}-01`, endsOn: '2026-12-31' },
  goals: Array.from({ length: 8 }, (_, i) => ({ title: `Ziel ${i + 1}`, description: 'Beschreibung des Ziels. '.repeat(3), depth: i % 2, status: 'ACTIVE' })),
  indicators,
  activities: {
    items: Array.from({ length: 100 }, (_, i) => ({
      title: `Aktivität ${i + 1}: Bewerbungstraining in der Stadtteilbibliothek`,
      organisation: `Träger ${(i % 8) + 1} e. V.`,
      status: 'ACTIVE',
      periodStart: '2026-02-01',
      periodEnd: i % 3 ? '2026-11-30' : null,
    })),
    more: 100,
  },
  decisions: {
    items: Array.from({ length: 40 }, (_, i) => ({
      occurredOn: '2026-06-15',
      title: `Beschluss ${i + 1}`,
      body: 'Die Lenkungsgruppe beschließt … '.repeat(5),
    })),
    more: 0,
  },
};

let session;
if (profile) {
  const { Session } = await import('node:inspector/promises');
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const times = [];
const cpus = [];
let bytes = 0;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const pdf = await render(data);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  times.push(ms);
  cpus.push(cpuMs);
  bytes = pdf.length;
  if (process.env.REPORT_PDF) writeFileSync(process.env.REPORT_PDF, pdf);
  console.log(`run ${i + 1}: ${Math.round(ms)} ms wall, ${Math.round(cpuMs)} ms CPU, ${Math.round(pdf.length / 1024)} kB`);
}
await close();
if (session) {
  const { profile: cpu } = await session.post('Profiler.stop');
  const file = `/tmp/funder-report-${Date.now()}.cpuprofile`;
  writeFileSync(file, JSON.stringify(cpu));
  console.log(`profile: ${file}`);
}
const median = (xs) => (xs.length ? Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]) : null);
console.log(
  JSON.stringify({
    mode: inProcess ? 'in-process' : 'worker',
    periods: periodCount,
    runs,
    firstWallMs: Math.round(times[0]),
    firstCpuMs: Math.round(cpus[0]),
    warmWallMedianMs: median(times.slice(1)),
    warmWallMinMs: times.length > 1 ? Math.round(Math.min(...times.slice(1))) : null,
    warmCpuMedianMs: median(cpus.slice(1)),
    kB: Math.round(bytes / 1024),
    loadavg: (await import('node:os')).loadavg().map((l) => l.toFixed(1)),
  }),
);
