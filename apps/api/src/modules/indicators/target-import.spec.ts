import { TestApp } from '../../test/test-app';
import { COMMIT, ROWS, UNDO, upload, germanCsv, uploadAndCheck } from '../imports/imports.fixtures';
import { createIndicator } from '../measurements/measurements.fixtures';

describe('imports: targets', () => {
  let t: TestApp;
  let allianceId: string;
  let tokens: { backbone: string; partner: string };
  let monthlyId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const a = await t.allianceWithRoles('Zielbündnis');
    allianceId = a.allianceId;
    tokens = { backbone: a.backbone.token, partner: a.partner.token };
    monthlyId = await createIndicator(t, allianceId, { name: 'Beratungen', frequency: 'MONTHLY', code: 'BER' });
    await createIndicator(t, allianceId, { name: 'Abschlüsse', frequency: 'YEARLY' });
  });
  afterAll(() => t.close());

  const targets = () =>
    t.sql(`SELECT period_key, value::float8 AS value, version FROM targets WHERE alliance_id = $1 ORDER BY period_key, value`, [allianceId]);

  it('German headers; problems per row in the dry-run; all or nothing; a stored target changed and undo restores it', async () => {
    await t.sql(`INSERT INTO targets (alliance_id, id, indicator_id, period_key, value) VALUES ($1, gen_random_uuid(), $2, '2026-Q1', 10)`, [
      allianceId,
      monthlyId,
    ]);
    const header = ['Kennzahl', 'Zielzeitraum', 'Sollwert'];
    const bad = await uploadAndCheck(t, {
      allianceId,
      kind: 'targets',
      token: tokens.backbone,
      rows: [header, ['BER', '2026-Q1', '1.200,5'], ['Abschlüsse', '2026-03', '40'], ['Unbekannt', '2026', '1'], ['ber', '2026-Q1', '3']],
    });
    expect(bad.columns).toEqual(
      expect.arrayContaining([
        { field: 'indicator', column: 0 },
        { field: 'period', column: 1 },
        { field: 'value', column: 2 },
      ]),
    );
    expect(bad).toMatchObject({ status: 'PREVIEWED', errorRows: 3 });
    const problems = (await t.ok(ROWS, { a: allianceId, b: bad.id, only: true }, { token: tokens.backbone })).importRows.nodes;
    expect(problems.map((r: { rowNo: number; problems: { code: string }[] }) => [r.rowNo, r.problems[0].code])).toEqual([
      [3, 'periodTooFine'],
      [4, 'unknownIndicator'],
      [5, 'duplicateRow'],
    ]);
    const refused = await t.gql(COMMIT, { i: { allianceId, batchId: bad.id, version: bad.version } }, { token: tokens.backbone });
    expect(refused.errors?.[0].extensions?.code).toBe('IMPORT_HAS_PROBLEMS');
    expect(await targets()).toEqual([{ period_key: '2026-Q1', value: 10, version: 1 }]);

    const good = await uploadAndCheck(t, {
      allianceId,
      kind: 'targets',
      token: tokens.backbone,
      rows: [header, ['BER', '2026-Q1', '1.200,5'], ['Abschlüsse', '31.12.2026', '40']],
    });
    expect(good.errorRows).toBe(0);
    const done = (await t.ok(COMMIT, { i: { allianceId, batchId: good.id, version: good.version } }, { token: tokens.backbone })).commitImport;
    expect(done).toMatchObject({ status: 'COMMITTED', createdCount: 1, updatedCount: 1 });
    expect(await targets()).toEqual([
      { period_key: '2026', value: 40, version: 1 },
      { period_key: '2026-Q1', value: 1200.5, version: 2 },
    ]);
    const audit = await t.sql(`SELECT action, count(*)::int AS n FROM audit_events WHERE alliance_id = $1 AND entity_type = 'Target' GROUP BY 1 ORDER BY 1`, [
      allianceId,
    ]);
    expect(audit).toEqual([
      { action: 'target.created', n: 1 },
      { action: 'target.updated', n: 1 },
    ]);

    const undone = (await t.ok(UNDO, { i: { allianceId, batchId: done.id, version: done.version } }, { token: tokens.backbone })).undoImport;
    expect(undone.status).toBe('UNDONE');
    expect(await targets()).toEqual([{ period_key: '2026-Q1', value: 10, version: 3 }]);
  });

  it('undo is refused once a target of the batch was changed since', async () => {
    const b = await uploadAndCheck(t, {
      allianceId,
      kind: 'targets',
      token: tokens.backbone,
      rows: [
        ['Indikator', 'Jahr', 'Zielwert'],
        ['Abschlüsse', '2027', '5'],
      ],
    });
    const done = (await t.ok(COMMIT, { i: { allianceId, batchId: b.id, version: b.version } }, { token: tokens.backbone })).commitImport;
    await t.sql(`UPDATE targets SET value = 6, version = version + 1 WHERE alliance_id = $1 AND period_key = '2027'`, [allianceId]);
    const blocked = await t.gql(UNDO, { i: { allianceId, batchId: done.id, version: done.version } }, { token: tokens.backbone });
    expect(blocked.errors?.[0].extensions?.code).toBe('IMPORT_NOT_UNDOABLE');
    expect(await t.sql(`SELECT value::float8 AS value FROM targets WHERE alliance_id = $1 AND period_key = '2027'`, [allianceId])).toEqual([{ value: 6 }]);
  });

  it('only the backbone imports targets: a partner’s upload is refused and the kind is not offered to it', async () => {
    const up = await upload(t.url, {
      allianceId,
      kind: 'targets',
      file: germanCsv([
        ['Indikator', 'Jahr', 'Zielwert'],
        ['BER', '2026', '1'],
      ]),
      token: tokens.partner,
    });
    expect(up.status).toBe(403);
    expect(up.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const kinds = (await t.ok(`query($a: ID!) { importKinds(allianceId: $a) { name } }`, { a: allianceId }, { token: tokens.partner })).importKinds;
    expect(kinds.map((k: { name: string }) => k.name)).not.toContain('targets');
  });
});
