import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../../../database/seeds/demo.seed';
import { DEMO_ANCHOR } from '../../../database/seeds/demo/kit';
import { describeWithTool } from '../../../test/requires-tool';
import { TestApp } from '../../../test/test-app';
import { approvedValue, createIndicator, createTarget, openPeriod } from '../../measurements/measurements.fixtures';
import { reportFormat } from './funder-report.texts';

const poppler = spawnSync('pdftotext', ['-v']).error || spawnSync('pdftoppm', ['-v']).error ? 'pdftotext/pdftoppm (Debian package poppler-utils)' : null;

const FROM = '2026-01';
/** A small SVG logo, as organisations upload them. */
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80"><circle cx="40" cy="40" r="34" fill="#1f6f5c"/>' +
  '<path d="M22 44 L36 56 L60 26" stroke="#fff" stroke-width="8" fill="none" stroke-linecap="round"/>' +
  '<text x="86" y="36" font-size="22" font-weight="bold" fill="#1f6f5c">Bildung</text><text x="86" y="62" font-size="18" fill="#333">Musterstadt</text></svg>';
const TO = '2026-11';

/** The text of a PDF as poppler reads it, in reading layout (table rows on one line). */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-report-'));
  const file = path.join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const PROGRESS = `query($id: ID!, $from: String!, $to: String!) {
  indicatorProgress(allianceId: $id, from: $from, to: $to) { name periods actual provisional approvedReports expectedReports }
}`;

/** The funder report of the demo alliance, read back with poppler's pdftotext and pdftoppm. */
describeWithTool(poppler, 'funder report (PDF)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let edu: string;
  beforeAll(async () => {
    t = await TestApp.start();
    expect(await seedDemo(t.databaseUrl, { today: DEMO_ANCHOR })).toBe(true);
    for (const key of ['backbone', 'partner', 'funder', 'observer'] as const) tokens[key] = await t.login(DEMO_USERS[key].email, DEMO_PASSWORD);
    edu = (await t.ok(`{ myAlliances { id name } }`, {}, { token: tokens.funder })).myAlliances.find((a: any) => a.name === 'Bildungsbündnis Musterstadt').id;
  });
  afterAll(() => t.close());

  const report = (allianceId: string, query: string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/api/alliances/${allianceId}/reports/funder.pdf?${query}`, { headers });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('gives the funder a German PDF with the agenda, every indicator, completeness, the provisional marker and the period', async () => {
    const res = await report(edu, `from=${FROM}&to=${TO}&lang=de`, bearer(tokens.funder));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="Foerderbericht-Bildungsbuendnis-Musterstadt-${FROM}-${TO}.pdf"`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('FÖRDERBERICHT');
    expect(text).toContain('Bildungsbündnis Musterstadt');
    expect(text).toContain('Berichtszeitraum: Jan. 2026 – Nov. 2026');
    expect(text).toContain('Förderer');
    for (const heading of ['Gemeinsame Zielsetzung', 'Vollständigkeit der Berichte', 'Indikatoren', 'Aktivitäten im Zeitraum', 'Entscheidungen im Zeitraum'])
      expect(text).toContain(heading);
    expect(text).toMatch(/Seite 2 von \d+/);

    // Every indicator the funder's dashboard shows is in the report; each provisional period says so in its table row.
    const progress = (await t.ok(PROGRESS, { id: edu, from: FROM, to: TO }, { token: tokens.funder })).indicatorProgress;
    expect(progress.length).toBeGreaterThan(0);
    const f = reportFormat('de');
    const lines = text.split('\n');
    let provisionalRows = 0;
    for (const ind of progress) {
      expect(text).toContain(ind.name);
      ind.periods.forEach((p: string, i: number) => {
        if (!ind.provisional[i] || ind.actual[i] === null) return;
        provisionalRows++;
        const row = `${ind.approvedReports[i]} von ${ind.expectedReports[i]}`;
        expect(lines.some((l) => l.trimStart().startsWith(f.period(p)) && l.includes(row) && l.includes('vorläufig'))).toBe(true);
      });
    }
    expect(provisionalRows).toBeGreaterThan(0);
  });

  it('writes the same report in English', async () => {
    const res = await report(edu, `from=2026-Q1&to=2026-Q4&lang=en`, bearer(tokens.backbone));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('Funder-report-Bildungsbuendnis-Musterstadt-2026-Q1-2026-Q4.pdf');
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    for (const s of [
      'FUNDER REPORT',
      'Reporting period: Q1 2026 – Q4 2026',
      'Common agenda',
      'Completeness of reports',
      'Activities in the period',
      'Decisions in the period',
      'provisional',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/Page 2 of \d+/);
    expect(text).not.toContain('Förderbericht');
  });

  it("puts the alliance's logo and colour on the cover and renders pages as images (pdftoppm)", async () => {
    const { version } = (await t.ok(`query($id: ID!) { alliance(allianceId: $id) { version } }`, { id: edu }, { token: tokens.backbone })).alliance;
    await t.ok(
      `mutation($i: UpdateAllianceProfileInput!) { updateAllianceProfile(input: $i) { id } }`,
      { i: { allianceId: edu, version, primaryColor: '#1f6f5c', logoDataUrl: `data:image/svg+xml;base64,${Buffer.from(LOGO).toString('base64')}` } },
      { token: tokens.backbone },
    );
    const pdf = Buffer.from(await (await report(edu, `from=${FROM}&to=${TO}`, bearer(tokens.funder))).arrayBuffer());
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-report-png-'));
    writeFileSync(path.join(dir, 'r.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', path.join(dir, 'r.pdf'), path.join(dir, 'page')]);
    const pngs = readdirSync(dir).filter((n) => n.endsWith('.png'));
    expect(pngs).toHaveLength(3);
    if (process.env.REPORT_SCREENSHOTS) {
      // Regenerates docs/screenshots/report-*.png: REPORT_SCREENSHOTS=1 npx jest funder-report.spec
      const shots = path.resolve(__dirname, '../../../../../../docs/screenshots');
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'r.pdf'), path.join(shots, 'report-cover')]);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '4', '-l', '4', '-singlefile', path.join(dir, 'r.pdf'), path.join(shots, 'report-indicator')]);
    }
  });

  it('leaves the observer the agenda and the approved roll-ups only', async () => {
    const res = await report(edu, `from=${FROM}&to=${TO}`, bearer(tokens.observer));
    expect(res.status).toBe(200);
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain('Beobachter');
    // Activities (who does what) and the log are closed to observers: both sections say so.
    expect(text.match(/Dieser Abschnitt ist für Ihre Rolle nicht sichtbar\./g)).toHaveLength(2);
    const activity = (
      await t.sql(`SELECT a.title FROM activities a JOIN alliances al ON al.id = a.alliance_id WHERE al.name = 'Bildungsbündnis Musterstadt' LIMIT 1`)
    )[0];
    expect(text).not.toContain(activity.title);
  });

  it('refuses partners, bad periods and languages with a translated message', async () => {
    const partner = await report(edu, `from=${FROM}&to=${TO}`, bearer(tokens.partner));
    expect(partner.status).toBe(403);
    expect((await partner.json()).code).toBe('FORBIDDEN');
    const bad = await report(edu, `from=2026-13&to=2025&lang=fr`, { ...bearer(tokens.funder), 'accept-language': 'en' });
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.fields.map((f: any) => f.field).sort()).toEqual(['from', 'lang']);
    expect(body.message).toContain('not a period');
    const backwards = await report(edu, `from=2026-06&to=2026-01`, bearer(tokens.funder));
    expect((await backwards.json()).fields).toEqual([{ field: 'to', code: 'beforeStart' }]);
  });

  it("hides a count below the alliance's threshold from the funder's and observer's PDF, not from the backbone's", async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles('Kleinzahlbündnis');
    const second = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const small = await createIndicator(t, allianceId, { name: 'Beratene Geflüchtete', code: 'K-1', aggregation: 'SUM' });
    const large = await createIndicator(t, allianceId, { name: 'Beratene Familien', code: 'K-2', aggregation: 'SUM' });
    await createTarget(t, allianceId, small, '2026', 9876);
    const q1 = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const tokens = { reporter: partner.token, backbone: backbone.token };
    await approvedValue(t, tokens, { allianceId, reportingPeriodId: q1, indicatorId: small, value: 3 }); // 3 < k = 5: hidden
    await approvedValue(t, tokens, { allianceId, reportingPeriodId: q1, indicatorId: large, value: 4321 });
    await approvedValue(t, { ...tokens, reporter: second.token }, { allianceId, reportingPeriodId: q1, indicatorId: large, value: 1234 });
    const row = (text: string, name: string) => {
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.includes(name) && !l.includes('von'));
      return lines.slice(at).find((l) => l.trimStart().startsWith('Q1 2026') && l.includes(' von '))!; // the table row, not the chart's axis label
    };
    const pdfOf = async (token: string) => pdfText(Buffer.from(await (await report(allianceId, 'from=2026-Q1&to=2026-Q1', bearer(token))).arrayBuffer()));

    for (const reader of [funder, observer]) {
      const text = await pdfOf(reader.token);
      expect(row(text, 'K-1 · Beratene Geflüchtete')).toMatch(/^\s*Q1 2026\s+<\s?5\s+9.876\s+1 von 2\s/);
      expect(text).toContain('Zahlen unter 5 werden zum Schutz Einzelner nicht ausgewiesen');
      // The value appears nowhere in the document's text: not in the table, not in the chart.
      // (Section numbers — "3 Indikatoren", "3. Indikatoren" — and page numbers are the only other small numbers.)
      const body = text
        .split('\n')
        .filter((l) => !/Seite \d+ von \d+/.test(l) && !/^\s*\d\.?\s+\p{Lu}/u.test(l))
        .join('\n');
      expect(body).not.toMatch(/(^|[^\w.,])3([^\w.,]|$)/m);
      expect(row(text, 'K-2 · Beratene Familien')).toMatch(/^\s*Q1 2026\s+5.555\s/);
    }
    const own = await pdfOf(backbone.token);
    expect(row(own, 'K-1 · Beratene Geflüchtete')).toMatch(/^\s*Q1 2026\s+3\s+9.876\s/);
    expect(own).not.toContain('Zahlen unter 5');
  });

  describe('isolation', () => {
    it('refuses a call without a session, and a wrong session alike', async () => {
      const none = await report(edu, `from=${FROM}&to=${TO}`);
      expect(none.status).toBe(401);
      expect((await none.json()).code).toBe('UNAUTHENTICATED');
      const forged = await report(edu, `from=${FROM}&to=${TO}`, bearer('x'.repeat(43)));
      expect(forged.status).toBe(401);
      const cookie = await report(edu, `from=${FROM}&to=${TO}`, { cookie: 'gw_session=nonsense' });
      expect(cookie.status).toBe(401);
    });

    it('gives a member of another alliance nothing of A: the answer of a made-up id', async () => {
      const other = await t.allianceWithRoles('Anderes Bündnis');
      const foreign = await report(edu, `from=${FROM}&to=${TO}`, bearer(other.backbone.token));
      const madeUp = await report('00000000-0000-4000-8000-000000000000', `from=${FROM}&to=${TO}`, bearer(other.backbone.token));
      expect(foreign.status).toBe(404);
      expect(madeUp.status).toBe(404);
      const [a, b] = [await foreign.text(), await madeUp.text()];
      expect(a).toBe(b);
      expect(a).not.toContain('Musterstadt');
      // Its own alliance works for the same caller, and holds nothing of A either.
      const own = await report(other.allianceId, `from=${FROM}&to=${TO}`, bearer(other.funder.token));
      expect(own.status).toBe(200);
      const text = pdfText(Buffer.from(await own.arrayBuffer()));
      expect(text).toContain('Anderes Bündnis');
      expect(text).not.toContain('Musterstadt');
      const names = (
        await t.sql(`SELECT i.name FROM indicators i JOIN alliances al ON al.id = i.alliance_id WHERE al.name = 'Bildungsbündnis Musterstadt'`)
      ).map((r) => r.name);
      for (const n of names) expect(text).not.toContain(n);
    });
  });
});
