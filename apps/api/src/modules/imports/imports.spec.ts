import { TestApp } from '../../test/test-app';
import { createIndicator, openPeriod } from '../measurements/measurements.fixtures';
import { BATCH, CHECK, COMMIT, germanCsv, LIST, ROWS, UNDO, upload, xlsx } from './imports.fixtures';

const HEADER = ['Indikator', 'Organisation', 'Zeitraum', 'Wert', 'Bemerkung'];

describe('imports: measurements from CSV and XLSX', () => {
  let t: TestApp;
  let allianceId: string;
  let tokens: { backbone: string; partner: string; observer: string };
  let partnerOrg: string;
  let yearlyId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const a = await t.allianceWithRoles('Importbündnis');
    allianceId = a.allianceId;
    tokens = { backbone: a.backbone.token, partner: a.partner.token, observer: a.observer.token };
    [{ name: partnerOrg }] = await t.sql(`SELECT o.name FROM organisations o WHERE o.id = $1`, [a.partner.organisationId]);
    await createIndicator(t, allianceId, { name: 'Beratungen Übergang', frequency: 'MONTHLY' });
    yearlyId = await createIndicator(t, allianceId, { name: 'Schulabschlüsse', frequency: 'YEARLY', code: 'SA' });
    for (let m = 1; m <= 12; m++) await openPeriod(t, tokens.backbone, allianceId, `2026-${String(m).padStart(2, '0')}`, 'MONTHLY');
    await openPeriod(t, tokens.backbone, allianceId, '2026', 'YEARLY');
  });
  afterAll(() => t.close());

  /** 20 data rows (file rows 2–21), row 17 with an impossible date when `broken`; notes with a backslash and a tab (the staging COPY escapes them). */
  const officeRows = (broken: boolean) => {
    const rows = [HEADER];
    for (let i = 0; i < 20; i++) {
      const fileRow = i + 2;
      const month = (i % 12) + 1;
      const date = fileRow === 17 && broken ? '31.02.2026' : `${month === 2 ? 28 : 30}.${String(month).padStart(2, '0')}.2026`;
      const org = i < 12 ? partnerOrg : 'Geschäftsstelle Importbündnis';
      rows.push(['Beratungen Übergang', org, date, `${1 + i}.234,5`, `Zählung Straße\\Hof\t${i}`]);
    }
    return rows;
  };

  it('a Windows-1252 semicolon CSV: the preview lists row 17 with its date error; the fixed file commits; undo removes exactly that batch', async () => {
    const bad = await upload(t.url, { allianceId, file: germanCsv(officeRows(true)), token: tokens.backbone });
    expect(bad.status).toBe(201);
    let batch = (await t.ok(BATCH, { a: allianceId, b: bad.data!.batchId }, { token: tokens.backbone })).importBatch;
    expect(batch).toMatchObject({ encoding: 'windows-1252', separator: ';', numberFormat: 'DE', rowCount: 20, status: 'UPLOADED' });
    expect(batch.headers).toEqual(HEADER);
    // The German headers are recognised without help.
    expect(batch.columns).toEqual(
      expect.arrayContaining([
        { field: 'indicator', column: 0 },
        { field: 'organisation', column: 1 },
        { field: 'period', column: 2 },
        { field: 'value', column: 3 },
        { field: 'note', column: 4 },
      ]),
    );
    const columns = batch.columns.map((c: { field: string; column: number }) => ({ field: c.field, column: c.column }));
    batch = (await t.ok(CHECK, { i: { allianceId, batchId: batch.id, version: batch.version, columns } }, { token: tokens.backbone })).checkImport;
    expect(batch).toMatchObject({ status: 'PREVIEWED', errorRows: 1 });
    const problems = (await t.ok(ROWS, { a: allianceId, b: batch.id, only: true }, { token: tokens.backbone })).importRows;
    expect(problems.nodes).toEqual([
      {
        rowNo: 17,
        cells: expect.arrayContaining(['31.02.2026']),
        problems: [{ field: 'period', code: 'notADate', message: 'Zeitraum: „31.02.2026“ ist kein gültiges Datum (z. B. 31.12.2026 oder 2026-12-31)' }],
      },
    ]);
    // In English for an English reader.
    const en = (await t.ok(ROWS, { a: allianceId, b: batch.id, only: true }, { token: tokens.backbone, lang: 'en' })).importRows;
    expect(en.nodes[0].problems[0].message).toBe('Period: “31.02.2026” is not a valid date (e.g. 2026-12-31 or 31.12.2026)');
    // A batch with problems is not committed.
    const refused = await t.gql(COMMIT, { i: { allianceId, batchId: batch.id, version: batch.version } }, { token: tokens.backbone });
    expect(refused.errors?.[0].extensions?.code).toBe('IMPORT_HAS_PROBLEMS');
    expect(await t.sql(`SELECT 1 FROM measurements WHERE alliance_id = $1`, [allianceId])).toHaveLength(0);

    // The fixed file, uploaded again: the saved mapping is used, the commit writes all 20 values.
    const good = await upload(t.url, { allianceId, file: germanCsv(officeRows(false)), token: tokens.backbone });
    batch = (await t.ok(BATCH, { a: allianceId, b: good.data!.batchId }, { token: tokens.backbone })).importBatch;
    batch = (await t.ok(CHECK, { i: { allianceId, batchId: batch.id, version: batch.version, columns } }, { token: tokens.backbone })).checkImport;
    expect(batch.errorRows).toBe(0);
    batch = (await t.ok(COMMIT, { i: { allianceId, batchId: batch.id, version: batch.version } }, { token: tokens.backbone })).commitImport;
    expect(batch).toMatchObject({ status: 'COMMITTED', createdCount: 20, updatedCount: 0 });
    const stored = await t.sql(`SELECT value::float8 AS value, note, status, period_key FROM measurements WHERE alliance_id = $1 ORDER BY value`, [allianceId]);
    expect(stored).toHaveLength(20);
    expect(stored[0]).toEqual({ value: 1234.5, note: 'Zählung Straße\\Hof\t0', status: 'DRAFT', period_key: '2026-01' });
    const audit = await t.sql(
      `SELECT action, count(*)::int AS n FROM audit_events WHERE alliance_id = $1 AND action LIKE ANY ('{measurement.%,import.%}') GROUP BY 1 ORDER BY 1`,
      [allianceId],
    );
    // One audit event for the batch; every value it created carries the batch (what undo removes),
    // effects are kept only for values it replaced (none here).
    expect(audit).toEqual([
      { action: 'import.committed', n: 1 },
      { action: 'import.uploaded', n: 2 },
    ]);
    const created = await t.sql(`SELECT count(*)::int AS n FROM measurements WHERE alliance_id = $1 AND import_batch_id = $2`, [allianceId, batch.id]);
    expect(created).toEqual([{ n: 20 }]);
    const effects = await t.sql(`SELECT count(*)::int AS n FROM import_effects WHERE alliance_id = $1 AND batch_id = $2`, [allianceId, batch.id]);
    expect(effects).toEqual([{ n: 0 }]);

    // A value saved by hand before, then a second batch that changes it: undo of the second batch restores it.
    const second = await upload(t.url, {
      allianceId,
      file: germanCsv([HEADER, ['Beratungen Übergang', partnerOrg, '2026-01', '99', 'korrigiert']]),
      token: tokens.backbone,
    });
    let b2 = (await t.ok(BATCH, { a: allianceId, b: second.data!.batchId }, { token: tokens.backbone })).importBatch;
    b2 = (await t.ok(CHECK, { i: { allianceId, batchId: b2.id, version: b2.version, columns } }, { token: tokens.backbone })).checkImport;
    b2 = (await t.ok(COMMIT, { i: { allianceId, batchId: b2.id, version: b2.version } }, { token: tokens.backbone })).commitImport;
    expect(b2).toMatchObject({ status: 'COMMITTED', createdCount: 0, updatedCount: 1 });
    b2 = (await t.ok(UNDO, { i: { allianceId, batchId: b2.id, version: b2.version } }, { token: tokens.backbone })).undoImport;
    expect(b2.status).toBe('UNDONE');
    const restored = await t.sql(
      `SELECT value::float8 AS value, note, version FROM measurements WHERE alliance_id = $1 AND period_key = '2026-01' AND value < 2000`,
      [allianceId],
    );
    expect(restored).toEqual([{ value: 1234.5, note: 'Zählung Straße\\Hof\t0', version: 3 }]);

    // Something built on the first batch since (a value submitted, and the 2026-01 value changed by
    // the second batch and restored by its undo: another version): its undo is refused, nothing changes.
    const [one] = await t.sql(`SELECT id, version FROM measurements WHERE alliance_id = $1 AND value::float8 = 2234.5`, [allianceId]);
    await t.ok(
      `mutation($i: SubmitMeasurementInput!) { submitMeasurement(input: $i) { id } }`,
      { i: { allianceId, measurementId: one.id, version: one.version } },
      {
        token: tokens.backbone,
      },
    );
    const committed = (await t.ok(BATCH, { a: allianceId, b: batch.id }, { token: tokens.backbone })).importBatch;
    const blocked = await t.gql(UNDO, { i: { allianceId, batchId: batch.id, version: committed.version } }, { token: tokens.backbone });
    expect(blocked.errors?.[0].extensions?.code).toBe('IMPORT_NOT_UNDOABLE');
    expect(blocked.errors?.[0].message).toMatch(/: 2 seiner Werte/);
    expect(await t.sql(`SELECT 1 FROM measurements WHERE alliance_id = $1`, [allianceId])).toHaveLength(20);

    // Undo of a batch nothing was built on removes exactly its values.
    await t.sql(`UPDATE measurements SET status = 'DRAFT', version = 1 WHERE alliance_id = $1 AND (id = $2 OR period_key = '2026-01')`, [allianceId, one.id]);
    const undone = (await t.ok(UNDO, { i: { allianceId, batchId: batch.id, version: committed.version } }, { token: tokens.backbone })).undoImport;
    expect(undone.status).toBe('UNDONE');
    expect(await t.sql(`SELECT 1 FROM measurements WHERE alliance_id = $1`, [allianceId])).toHaveLength(0);
    const list = (await t.ok(LIST, { a: allianceId }, { token: tokens.backbone })).importBatches;
    expect(list.nodes.map((n: { status: string }) => n.status)).toEqual(['UNDONE', 'UNDONE', 'PREVIEWED']);
  });

  it('an XLSX with German text cells and English headers; a partner imports only for its own organisation', async () => {
    const file = await xlsx([
      ['Indicator', 'Period', 'Value', 'Note'],
      ['SA', '31.12.2026', '1.234,5', 'Abschlussjahrgang'],
      ['sa', new Date(Date.UTC(2026, 5, 30)), 12, null],
    ]);
    const up = await upload(t.url, { allianceId, file, fileName: 'werte.xlsx', token: tokens.partner });
    expect(up.status).toBe(201);
    let batch = (await t.ok(BATCH, { a: allianceId, b: up.data!.batchId }, { token: tokens.partner })).importBatch;
    expect(batch).toMatchObject({ fileType: 'xlsx', rowCount: 2 });
    const columns = batch.columns;
    batch = (await t.ok(CHECK, { i: { allianceId, batchId: batch.id, version: batch.version, columns } }, { token: tokens.partner })).checkImport;
    const rows = (await t.ok(ROWS, { a: allianceId, b: batch.id, only: true }, { token: tokens.partner })).importRows;
    // Both rows name the same report (indicator SA, the partner, 2026): the second is a duplicate.
    expect(rows.nodes).toEqual([
      {
        rowNo: 3,
        cells: expect.any(Array),
        problems: [{ field: 'indicator', code: 'duplicateRow', message: 'Indikator: derselbe Wert steht schon in Zeile 2' }],
      },
    ]);

    // Naming another organisation is refused for a partner, in the row.
    const other = await upload(t.url, {
      allianceId,
      file: germanCsv([
        ['Indikator', 'Organisation', 'Jahr', 'Wert'],
        ['SA', 'Geschäftsstelle Importbündnis', '2026', '5'],
      ]),
      token: tokens.partner,
    });
    let b = (await t.ok(BATCH, { a: allianceId, b: other.data!.batchId }, { token: tokens.partner })).importBatch;
    b = (await t.ok(CHECK, { i: { allianceId, batchId: b.id, version: b.version, columns: b.columns } }, { token: tokens.partner })).checkImport;
    const forbidden = (await t.ok(ROWS, { a: allianceId, b: b.id, only: true }, { token: tokens.partner })).importRows;
    expect(forbidden.nodes[0].problems[0].code).toBe('FORBIDDEN');
    // The partner's batches are its own: the backbone sees them, another partner would not.
    expect((await t.ok(LIST, { a: allianceId }, { token: tokens.backbone })).importBatches.totalCount).toBeGreaterThanOrEqual(2);
    expect(yearlyId).toBeDefined();
  });
});
