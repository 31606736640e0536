import ExcelJS from 'exceljs';
import { TestApp } from '../../test/test-app';

const SETTINGS = `mutation($i: UpdatePortalSettingsInput!) { updatePortalSettings(input: $i) { version } }`;
const CREATE = `mutation($i: CreatePortalOfferInput!) { createPortalOffer(input: $i) { id openRevision { id version } } }`;
const APPROVE = `mutation($i: DecideOfferRevisionInput!) { approvePortalOfferRevision(input: $i) { id } }`;
const POPULATION = `mutation($a: ID!, $d: ID!, $p: Int) { setDistrictPopulation(allianceId: $a, districtId: $d, population: $p) }`;

/** The planning view as a file (issue 13, 5): the export registry's `portal-planning`, for the editors only. */
describe('Chancenportal planning export', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  async function download(path: string, token: string) {
    const res = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const body = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body, text: body.toString('utf8') };
  }

  it('one row per district × target group with offers, per 1,000 and the gap, as CSV and XLSX; refused to partners; another alliance sees none of it', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles('Planungsbündnis');
    const settings = { version: 0, enabled: true, name: 'Portal', providerSignupOpen: true, reminderMonths: 6, flagMonths: 9, hideMonths: 12 };
    await t.ok(SETTINGS, { i: { allianceId, ...settings } }, { token: backbone.token });
    const provider = await t.addMember(backbone.token, allianceId, 'PROVIDER');
    const [ost] = await t.sql<{ id: string }>(
      `INSERT INTO districts (alliance_id, id, name) VALUES ($1, gen_random_uuid(), 'Oststadt'), ($1, gen_random_uuid(), 'Weststadt') RETURNING id`,
      [allianceId],
    );
    await t.ok(POPULATION, { a: allianceId, d: ost!.id, p: 4000 }, { token: backbone.token });
    for (const [title, districtId] of [
      ['Lesecafé', ost!.id],
      ['Hausaufgabenhilfe', ost!.id],
      ['Spielplatzfest', ost!.id],
    ]) {
      const created = (await t.ok(CREATE, { i: { allianceId, content: { title, targetGroups: ['Kinder'], districtId } } }, { token: provider.token }))
        .createPortalOffer;
      await t.ok(APPROVE, { i: { allianceId, revisionId: created.openRevision.id, version: created.openRevision.version } }, { token: backbone.token });
    }

    const csv = await download(`/api/alliances/${allianceId}/exports/portal-planning.csv`, backbone.token);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = csv.text
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('Stadtteil;Einwohner;Zielgruppe;Angebote;Angebote je 1.000 Einwohner;Aktivitäten des Bündnisses;Versorgung');
    // Oststadt: 3 offers for 4,000 people = 0,75 per 1,000; Weststadt has none: a gap.
    expect(lines).toContain('Oststadt;4000;Kinder;3;0,75;0;');
    expect(lines).toContain('Weststadt;;Kinder;0;;0;Lücke');

    const xlsx = await download(`/api/alliances/${allianceId}/exports/portal-planning.xlsx?lang=en`, backbone.token);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['District', 'Target group', 'Offers', 'Supply']));
    expect(sheet.rowCount).toBe(3);

    const refused = await download(`/api/alliances/${allianceId}/exports/portal-planning.csv`, partner.token);
    expect(refused.status).toBe(403);
    const other = await t.allianceWithRoles('Anderes Bündnis');
    const foreign = await download(`/api/alliances/${allianceId}/exports/portal-planning.csv`, other.backbone.token);
    expect(foreign.status).not.toBe(200);
    expect(foreign.text).not.toContain('Oststadt');
  });
});
