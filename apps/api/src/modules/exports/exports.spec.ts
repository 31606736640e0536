import ExcelJS from 'exceljs';
import { TestApp } from '../../test/test-app';
import { approvedValue, createIndicator, openPeriod, SAVE, SUBMIT } from '../measurements/measurements.fixtures';

/**
 * The export endpoints end to end: real HTTP, real PostgreSQL, files parsed back. Each role gets
 * exactly what its screen shows; a foreign alliance, no session and a token outside its surface
 * get nothing.
 */
describe('exports (REST downloads)', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    t = await TestApp.start();
    world = await setup();
  });
  afterAll(() => t.close());

  const INJECTION = `=HYPERLINK("http://evil.example","klick")`;

  async function setup() {
    const roles = await t.allianceWithRoles('Export-Bündnis Oststadt');
    const { allianceId, backbone, partner } = roles;
    const other = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const indicatorId = await createIndicator(t, allianceId, { name: 'Erreichte Jugendliche', code: 'B1' });
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    // Approved: everyone but observers may see it. Submitted: only the backbone and its reporter.
    await approvedValue(
      t,
      { reporter: partner.token, backbone: backbone.token },
      { allianceId, indicatorId, reportingPeriodId, value: 1234.5, note: INJECTION },
    );
    const draft = (await t.ok(SAVE, { i: { allianceId, indicatorId, reportingPeriodId, value: 987 } }, { token: other.token })).saveMeasurement;
    await t.ok(SUBMIT, { i: { allianceId, measurementId: draft.id, version: draft.version } }, { token: other.token });
    const foreign = await t.allianceWithRoles('Fremdes Bündnis');
    await createIndicator(t, foreign.allianceId, { name: 'Geheimer Indikator' });
    return { ...roles, other, indicatorId, reportingPeriodId, foreign };
  }

  async function download(path: string, auth: { token?: string; cookie?: string } = {}) {
    const headers: Record<string, string> = {};
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.cookie) headers.cookie = auth.cookie;
    const res = await fetch(`${t.url}${path}`, { headers });
    const body = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body, text: body.toString('utf8') };
  }
  const url = (file: string, allianceId = world.allianceId) => `/api/alliances/${allianceId}/exports/${file}`;

  async function workbook(body: Buffer) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    return wb;
  }
  const sheetRows = (ws: ExcelJS.Worksheet) => {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };
  const allCells = (wb: ExcelJS.Workbook) => wb.worksheets.flatMap((ws) => sheetRows(ws).flat());

  it('values as XLSX for the backbone: typed numbers, escaped text, bold frozen header, German file name', async () => {
    const r = await download(url('values.xlsx'), world.backbone);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('spreadsheetml');
    expect(r.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Werte_Export-Buendnis-Oststadt_\d\d\.\d\d\.\d{4}\.xlsx"; filename\*=UTF-8''Werte_Export-B%C3%BCndnis-Oststadt_/,
    );
    const ws = (await workbook(r.body)).getWorksheet('Werte')!;
    const rows = sheetRows(ws);
    expect(rows[0]).toEqual(['Indikator', 'Zeitraum', 'Organisation', 'Wert', 'Zähler', 'Nenner', 'Status', 'Eingereicht am', 'Geprüft am', 'Anmerkung']);
    expect(ws.getRow(1).font?.bold ?? ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const approved = rows.find((row) => row[3] === 1234.5)!;
    expect(approved).toBeDefined();
    expect(approved[6]).toBe('Freigegeben');
    expect(approved[7]).toBeInstanceOf(Date);
    expect(approved[9]).toBe(`'${INJECTION}`);
    expect(rows.some((row) => row[3] === 987 && row[6] === 'Eingereicht')).toBe(true);
  });

  it('values as CSV for a funder: approved only, German format, BOM, escaped; through a session cookie too', async () => {
    for (const auth of [{ token: world.funder.token }, { cookie: `gw_session=${world.funder.token}` }]) {
      const r = await download(url('values.csv'), auth);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(r.text.startsWith('\uFEFFIndikator;Zeitraum;Organisation;Wert;')).toBe(true);
      expect(r.text).toContain(';1234,5;');
      expect(r.text).toContain(`"'=HYPERLINK(""http://evil.example"",""klick"")"`);
      expect(r.text).not.toContain('987');
      expect(r.text.trim().split('\r\n')).toHaveLength(2);
    }
  });

  it('an observer gets no member-level numbers, as on screen', async () => {
    const r = await download(url('values.csv'), world.observer);
    expect(r.status).toBe(403);
    expect(r.text).not.toContain('1234');
    const book = await download(url('workbook.xlsx'), world.observer);
    expect(book.status).toBe(200);
    const wb = await workbook(book.body);
    // The alliance's approved roll-up (the dashboard chart) is theirs to see; no member's values.
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Indikatoren', 'Verlauf', 'Aufgaben', 'Mitglieder']);
    expect(allCells(wb)).not.toContain(987);
  });

  it('English on request: commas, decimal point, English headers', async () => {
    const r = await download(`${url('values.csv')}?lang=en`, world.funder);
    expect(r.text.startsWith('\uFEFFIndicator,Period,Organisation,Value,')).toBe(true);
    expect(r.text).toContain(',1234.5,');
    expect(r.headers.get('content-disposition')).toContain('Values_Export-Buendnis-Oststadt_20');
  });

  it('completeness: the backbone gets it, a partner is refused as on screen (403)', async () => {
    const r = await download(`${url('completeness.csv')}?reportingPeriodId=${world.reportingPeriodId}`, world.backbone);
    expect(r.status).toBe(200);
    expect(r.text).toContain('Erreichte Jugendliche');
    expect(r.text).toMatch(/Freigegeben/);
    expect(r.text).toMatch(/Eingereicht/);
    const refused = await download(url('completeness.csv'), world.partner);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('the whole alliance as one workbook: one sheet per list the role may read', async () => {
    const backbone = await workbook((await download(url('workbook.xlsx'), world.backbone)).body);
    expect(backbone.worksheets.map((ws) => ws.name)).toEqual([
      'Indikatoren',
      'Werte',
      'Verlauf',
      'Vollständigkeit 2026-Q1',
      'Aktivitäten',
      'Aktivitätenlandkarte',
      'Protokoll',
      'Aufgaben',
      'Mitglieder',
    ]);
    expect(sheetRows(backbone.getWorksheet('Indikatoren')!)[1]).toEqual(expect.arrayContaining(['B1', 'Erreichte Jugendliche']));
    expect(sheetRows(backbone.getWorksheet('Mitglieder')!).length).toBeGreaterThanOrEqual(6);

    const funderBook = await download(url('workbook.xlsx'), world.funder);
    expect(funderBook.headers.get('content-disposition')).toContain('B%C3%BCndnis_Export-B%C3%BCndnis-Oststadt_');
    const funder = await workbook(funderBook.body);
    expect(funder.worksheets.map((ws) => ws.name)).not.toContain('Vollständigkeit 2026-Q1');
    expect(allCells(funder)).toContain(1234.5);
    expect(allCells(funder)).not.toContain(987);
  });

  it('isolation: a foreign alliance yields nothing of it; no session is 401; unknown lists and bad arguments are refused', async () => {
    for (const file of ['indicators.csv', 'values.xlsx', 'workbook.xlsx']) {
      const r = await download(url(file, world.foreign.allianceId), world.backbone);
      expect(r.status).toBe(404);
      expect(r.text).not.toContain('Geheimer Indikator');
      expect(r.headers.get('content-disposition')).toBeNull();
    }
    const own = await download(url('indicators.csv', world.foreign.allianceId), world.foreign.backbone);
    expect(own.text).toContain('Geheimer Indikator');
    expect(own.text).not.toContain('Erreichte Jugendliche');

    expect((await download(url('indicators.csv'))).status).toBe(401);
    expect((await download(url('workbook.xlsx'))).status).toBe(401);
    expect((await download(url('indicators.csv'), { token: 'not-a-session' })).status).toBe(401);
    expect((await download(url('indicators.csv', 'not-a-uuid'), world.backbone)).status).toBe(404);
    expect((await download(url('secrets.csv'), world.backbone)).status).toBe(404);
    expect((await download(url('indicators.pdf'), world.backbone)).status).toBe(404);
    const bad = await download(`${url('values.csv')}?indicatorId=1%3B%20DROP`, world.backbone);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0].extensions.code).toBe('VALIDATION_FAILED');
  });

  it('API tokens: a read-only token exports what it may query, nothing else', async () => {
    const created = await t.ok(
      `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }`,
      {
        i: { allianceId: world.allianceId, name: 'Statistik', role: 'READ_ONLY', expiresOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) },
      },
      { token: world.backbone.token },
    );
    const token = created.createApiToken.secret as string;
    const indicators = await download(url('indicators.csv'), { token });
    expect(indicators.status === 200 ? 'ok' : indicators.text).toBe('ok');
    expect(indicators.text).toContain('Erreichte Jugendliche');
    const values = await download(url('values.csv'), { token });
    expect(values.status).toBe(403);
    expect(JSON.parse(values.text).errors[0].extensions.code).toBe('API_TOKEN_NOT_ALLOWED');
    const book = await workbook((await download(url('workbook.xlsx'), { token })).body);
    // It acts with an observer's rights: activities are not among them.
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['Indikatoren', 'Verlauf']);
    expect((await download(url('indicators.csv', world.foreign.allianceId), { token })).status).toBe(404);
  });

  it('small-number protection: a funder’s and an observer’s files never contain a suppressed value; the backbone’s do', async () => {
    const { allianceId, backbone, partner, other, reportingPeriodId, funder, observer } = world;
    const small = await createIndicator(t, allianceId, { name: 'Kleine Gruppe' });
    const single = await createIndicator(t, allianceId, { name: 'Einzelmeldung' });
    const approve = (who: { token: string }, indicatorId: string, value: number) =>
      approvedValue(t, { reporter: who.token, backbone: backbone.token }, { allianceId, indicatorId, reportingPeriodId, value });
    await approve(partner, small, 3); // below k = 5: hidden …
    await approve(other, small, 41); // … and so is 41, or 44 − 41 would give the 3 away
    await approve(partner, single, 2); // the alliance total itself is 2: hidden on the chart

    const cellsOf = async (who: { token: string }) => {
      const wb = await workbook((await download(url('workbook.xlsx'), who)).body);
      const values = sheetRows(wb.getWorksheet('Werte') ?? wb.addWorksheet('leer')).filter((r) => r[0] === 'Kleine Gruppe' || r[0] === 'Einzelmeldung');
      const progress = sheetRows(wb.getWorksheet('Verlauf')!).filter((r) => r[1] === 'Einzelmeldung' && r[3] === '2026-Q1');
      return { values: values.map((r) => r[3]), total: progress[0]?.[4] };
    };
    expect(await cellsOf(backbone)).toEqual({ values: expect.arrayContaining([3, 41, 2]), total: 2 });
    const forFunder = await cellsOf(funder);
    expect(forFunder).toEqual({ values: ['< 5', '< 5', '< 5'], total: '< 5' });
    expect((await cellsOf(observer)).total).toBe('< 5');
    // The CSV says the same, and the numbers are nowhere in it.
    const csv = (await download(url('values.csv'), funder)).text;
    const lines = csv.split('\r\n').filter((l) => l.startsWith('Kleine Gruppe') || l.startsWith('Einzelmeldung'));
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.split(';')[3]).toBe('< 5');
    // A partner sees its own 3 (it knows it; and knowing it, the other member's 41 reveals nothing new).
    const partnerCsv = (await download(url('values.csv'), partner)).text;
    expect(partnerCsv).toMatch(/^Kleine Gruppe;2026-Q1;[^;]+;3;/m);
  });

  it('an export changes nothing: the request’s transaction is rolled back', async () => {
    const before = await t.sql(`SELECT count(*)::int AS n FROM audit_events`);
    await download(url('workbook.xlsx'), world.backbone);
    expect(await t.sql(`SELECT count(*)::int AS n FROM audit_events`)).toEqual(before);
  });
});
