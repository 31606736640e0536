import { TestApp } from '../../test/test-app';
import { COMMIT, germanCsv, ROWS, UNDO, upload, uploadAndCheck } from '../imports/imports.fixtures';
import { createIndicator } from '../measurements/measurements.fixtures';

const HEADER = ['Maßnahme', 'Träger', 'Zielgruppen', 'Beginn', 'Ende', 'Status', 'Budget', 'Indikatoren'];

describe('imports: activities', () => {
  let t: TestApp;
  let allianceId: string;
  let tokens: { backbone: string; partner: string; funder: string };
  let partnerOrg: string;
  let backboneOrg: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const a = await t.allianceWithRoles('Aktivitätenbündnis');
    allianceId = a.allianceId;
    tokens = { backbone: a.backbone.token, partner: a.partner.token, funder: a.funder.token };
    [{ name: partnerOrg }] = await t.sql(`SELECT name FROM organisations WHERE id = $1`, [a.partner.organisationId]);
    backboneOrg = 'Geschäftsstelle Aktivitätenbündnis';
    await createIndicator(t, allianceId, { name: 'Beratungen', code: 'BER' });
  });
  afterAll(() => t.close());

  const activities = () =>
    t.sql(
      `SELECT a.title, o.name AS org, a.target_groups, a.status, a.budget_eur::float8 AS budget, to_char(a.period_start, 'YYYY-MM-DD') AS start,
              (SELECT count(*)::int FROM activity_indicators ai WHERE ai.alliance_id = a.alliance_id AND ai.activity_id = a.id) AS indicators
         FROM activities a JOIN memberships m ON m.alliance_id = a.alliance_id AND m.id = a.membership_id JOIN organisations o ON o.id = m.organisation_id
        WHERE a.alliance_id = $1 ORDER BY a.title`,
      [allianceId],
    );

  it('German headers; the form’s rules per row in the dry-run; all or nothing; undo removes the batch’s activities', async () => {
    const bad = await uploadAndCheck(t, {
      allianceId,
      kind: 'activities',
      token: tokens.backbone,
      rows: [
        HEADER,
        ['Lernpaten', partnerOrg, 'Jugendliche, Eltern', '01.09.2026', '30.06.2027', 'läuft', '1.500,50', 'BER'],
        ['', partnerOrg, '', '', '', '', '', ''],
        ['Bewerbungstraining', 'Unbekannter Verein', '', '01.09.2026', '01.08.2026', 'vielleicht', '', 'Gibt es nicht'],
      ],
    });
    expect(bad.columns).toEqual(
      expect.arrayContaining([
        { field: 'title', column: 0 },
        { field: 'organisation', column: 1 },
        { field: 'targetGroups', column: 2 },
        { field: 'periodStart', column: 3 },
        { field: 'periodEnd', column: 4 },
        { field: 'status', column: 5 },
        { field: 'budgetEur', column: 6 },
        { field: 'indicators', column: 7 },
      ]),
    );
    expect(bad).toMatchObject({ status: 'PREVIEWED', errorRows: 2 });
    const rows = (await t.ok(ROWS, { a: allianceId, b: bad.id, only: true }, { token: tokens.backbone })).importRows.nodes;
    expect(rows[0]).toMatchObject({ rowNo: 3, problems: [{ field: 'title', code: 'required' }] });
    expect(rows[1].rowNo).toBe(4);
    expect(rows[1].problems.map((p: { code: string }) => p.code).sort()).toEqual(['beforeStart', 'unknownIndicator', 'unknownOrganisation', 'unknownStatus']);
    const refused = await t.gql(COMMIT, { i: { allianceId, batchId: bad.id, version: bad.version } }, { token: tokens.backbone });
    expect(refused.errors?.[0].extensions?.code).toBe('IMPORT_HAS_PROBLEMS');
    expect(await activities()).toEqual([]);

    const good = await uploadAndCheck(t, {
      allianceId,
      kind: 'activities',
      token: tokens.backbone,
      rows: [
        HEADER,
        ['Lernpaten', partnerOrg, 'Jugendliche, Eltern, jugendliche', '01.09.2026', '30.06.2027', 'läuft', '1.500,50', 'BER'],
        ['Elterncafé', backboneOrg, 'Eltern', '', '', '', '', ''],
      ],
    });
    expect(good.errorRows).toBe(0);
    const done = (await t.ok(COMMIT, { i: { allianceId, batchId: good.id, version: good.version } }, { token: tokens.backbone })).commitImport;
    expect(done).toMatchObject({ status: 'COMMITTED', createdCount: 2 });
    expect(await activities()).toEqual([
      { title: 'Elterncafé', org: backboneOrg, target_groups: ['Eltern'], status: 'PLANNED', budget: null, start: null, indicators: 0 },
      { title: 'Lernpaten', org: partnerOrg, target_groups: ['Jugendliche', 'Eltern'], status: 'RUNNING', budget: 1500.5, start: '2026-09-01', indicators: 1 },
    ]);
    expect(
      await t.sql(`SELECT count(*)::int AS n FROM audit_events WHERE alliance_id = $1 AND action = 'activity.created' AND after->>'importBatchId' = $2`, [
        allianceId,
        done.id,
      ]),
    ).toEqual([{ n: 2 }]);

    // Something built on it (an activity edited since): undo refused; once back, undo removes both.
    await t.sql(`UPDATE activities SET version = version + 1 WHERE alliance_id = $1 AND title = 'Elterncafé'`, [allianceId]);
    const blocked = await t.gql(UNDO, { i: { allianceId, batchId: done.id, version: done.version } }, { token: tokens.backbone });
    expect(blocked.errors?.[0].extensions?.code).toBe('IMPORT_NOT_UNDOABLE');
    await t.sql(`UPDATE activities SET version = 1 WHERE alliance_id = $1`, [allianceId]);
    const undone = (await t.ok(UNDO, { i: { allianceId, batchId: done.id, version: done.version } }, { token: tokens.backbone })).undoImport;
    expect(undone.status).toBe('UNDONE');
    expect(await activities()).toEqual([]);
  });

  it('a partner imports activities of its own organisation only; a funder may not import them', async () => {
    const own = await uploadAndCheck(t, {
      allianceId,
      kind: 'activities',
      token: tokens.partner,
      rows: [
        ['Titel', 'Organisation'],
        ['Hausaufgabenhilfe', ''],
        ['Fremde Aktivität', backboneOrg],
      ],
    });
    expect(own.errorRows).toBe(1);
    const rows = (await t.ok(ROWS, { a: allianceId, b: own.id, only: true }, { token: tokens.partner })).importRows.nodes;
    expect(rows).toEqual([expect.objectContaining({ rowNo: 3, problems: [expect.objectContaining({ code: 'FORBIDDEN' })] })]);

    const fixed = await uploadAndCheck(t, { allianceId, kind: 'activities', token: tokens.partner, rows: [['Titel'], ['Hausaufgabenhilfe']] });
    const done = (await t.ok(COMMIT, { i: { allianceId, batchId: fixed.id, version: fixed.version } }, { token: tokens.partner })).commitImport;
    expect(done.createdCount).toBe(1);
    expect((await activities()).map((a: { org: string }) => a.org)).toEqual([partnerOrg]);

    const funder = await upload(t.url, { allianceId, kind: 'activities', file: germanCsv([['Titel'], ['X']]), token: tokens.funder });
    expect(funder.status).toBe(403);
  });
});
