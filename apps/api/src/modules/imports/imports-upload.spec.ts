import { TestApp } from '../../test/test-app';
import { germanCsv, upload, xlsx } from './imports.fixtures';
import { copyableCsv, MAX_IMPORT_BYTES, readImportFile } from './file-reader';

/**
 * The upload endpoint is REST, not GraphQL, so the schema-driven isolation matrix does not reach
 * it: these cases do. Every refusal leaves no batch and no staged row behind.
 */
describe('imports: the upload endpoint', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<TestApp['allianceWithRoles']>>;
  let foreign: Awaited<ReturnType<TestApp['allianceWithRoles']>>;
  const file = germanCsv([
    ['Indikator', 'Zeitraum', 'Wert'],
    ['X', '2026', '1'],
  ]);
  const stored = async () => (await t.sql(`SELECT (SELECT count(*) FROM import_batches)::int AS b, (SELECT count(*) FROM import_rows)::int AS r`))[0];

  beforeAll(async () => {
    t = await TestApp.start();
    a = await t.allianceWithRoles('Upload eins');
    foreign = await t.allianceWithRoles('Upload zwei');
  });
  afterAll(() => t.close());

  it('refuses without a session, for a foreign alliance, for roles that do not report, and an API token; nothing is stored', async () => {
    const before = await stored();
    const none = await upload(t.url, { allianceId: a.allianceId, file });
    expect([none.status, none.errors?.[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const otherAlliance = await upload(t.url, { allianceId: foreign.allianceId, file, token: a.backbone.token });
    expect([otherAlliance.status, otherAlliance.errors?.[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
    const notUuid = await upload(t.url, { allianceId: 'nope', file, token: a.backbone.token });
    expect(notUuid.status).toBe(404);
    for (const who of [a.observer, a.funder]) {
      const r = await upload(t.url, { allianceId: a.allianceId, file, token: who.token });
      expect([r.status, r.errors?.[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
      expect(r.errors?.[0].message).toBe('Dafür fehlt Ihnen die Berechtigung: Rolle Partner.');
    }
    const unknownKind = await upload(t.url, { allianceId: a.allianceId, kind: 'secrets', file, token: a.backbone.token });
    expect(unknownKind.status).toBe(404);
    const token = (
      await t.ok(
        `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }`,
        {
          i: {
            allianceId: a.allianceId,
            name: 'Fachverfahren',
            role: 'REPORTING',
            membershipId: a.partner.membershipId,
            expiresOn: new Date(Date.now() + 86_400_000 * 5).toISOString().slice(0, 10),
          },
        },
        { token: a.backbone.token },
      )
    ).createApiToken.secret;
    const byToken = await upload(t.url, { allianceId: a.allianceId, file, token });
    // API tokens authenticate GraphQL only: to the upload they are no session at all.
    expect([byToken.status, byToken.errors?.[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(await stored()).toEqual(before);
  });

  it('refuses a cookie upload from a foreign origin and one without the upload header (CSRF)', async () => {
    const before = await stored();
    const foreignOrigin = await upload(t.url, {
      allianceId: a.allianceId,
      file,
      cookie: `gw_session=${a.backbone.token}`,
      headers: { origin: 'https://evil.example' },
    });
    expect(foreignOrigin.status).toBe(403);
    const noHeader = await upload(t.url, { allianceId: a.allianceId, file, token: a.backbone.token, headers: { 'x-gemeinwerk-upload': '' } });
    expect(noHeader.status).toBe(400);
    expect(await stored()).toEqual(before);
  });

  it('answers a file over the limit with a translated 413, a zip bomb and a non-file with translated errors, nothing stored', async () => {
    const before = await stored();
    const big = Buffer.alloc(MAX_IMPORT_BYTES + 1024, 0x41);
    const tooLarge = await upload(t.url, { allianceId: a.allianceId, file: big, token: a.backbone.token, lang: 'en' });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.errors?.[0]).toMatchObject({
      message: 'The file is too large: at most 40 MB. Please split it into several files.',
      extensions: { code: 'IMPORT_FILE_TOO_LARGE' },
    });

    // A zip whose directory claims an entry of 1 GB from a few bytes.
    const bomb = await xlsx([['Indikator'], ['X']]);
    const eocd = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const cd = bomb.readUInt32LE(eocd + 16);
    bomb.writeUInt32LE(1024 * 1024 * 1024, cd + 24);
    const refused = await upload(t.url, { allianceId: a.allianceId, file: bomb, fileName: 'bombe.xlsx', token: a.backbone.token });
    expect([refused.status, refused.errors?.[0].extensions.code]).toEqual([400, 'IMPORT_ZIP_REFUSED']);

    const binary = await upload(t.url, { allianceId: a.allianceId, file: Buffer.from([0, 1, 2, 3, 0, 0]), token: a.backbone.token });
    expect(binary.errors?.[0].extensions.code).toBe('IMPORT_FILE_UNREADABLE');
    const headerOnly = await upload(t.url, { allianceId: a.allianceId, file: germanCsv([['Indikator', 'Wert']]), token: a.backbone.token });
    expect(headerOnly.errors?.[0].extensions.code).toBe('IMPORT_FILE_UNREADABLE');
    expect(await stored()).toEqual(before);
  });

  it("a partner's batch is invisible to another partner and to a foreign alliance", async () => {
    const up = await upload(t.url, { allianceId: a.allianceId, file, token: a.partner.token });
    expect(up.status).toBe(201);
    const q = `query($a: ID!, $b: ID!) { importBatch(allianceId: $a, batchId: $b) { id } }`;
    const other = await t.addMember(a.backbone.token, a.allianceId, 'PARTNER');
    expect((await t.gql(q, { a: a.allianceId, b: up.data!.batchId }, { token: other.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(q, { a: foreign.allianceId, b: up.data!.batchId }, { token: foreign.backbone.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.ok(q, { a: a.allianceId, b: up.data!.batchId }, { token: a.backbone.token })).importBatch.id).toBe(up.data!.batchId);
  });

  it('a plain CSV staged by PostgreSQL (COPY) holds exactly the rows the API reader makes of it; COPY refusals fall back to that reader', async () => {
    const staged = async (batchId: string) =>
      (await t.sql(`SELECT row_no AS "rowNo", cells FROM import_rows WHERE batch_id = $1 ORDER BY row_no`, [batchId])) as { rowNo: number; cells: unknown[] }[];
    const read = async (bytes: Buffer) => {
      const rows: { rowNo: number; cells: unknown[] }[] = [];
      const shape = await readImportFile(bytes, async (chunk) => void rows.push(...chunk));
      return { shape, rows };
    };
    const files: [string, Buffer, boolean][] = [
      // German Excel: Windows-1252, CRLF, a blank line and a line of empty cells (left out), blanks only, a backslash, a tab, an over-long cell.
      [
        'windows-1252',
        germanCsv([
          ['Indikator', 'Zeitraum', 'Wert', 'Bemerkung'],
          ['Übergänge', '15.03.2026', '1.234,5', 'Straße\\Hof\tzwei'],
          ['', '', '', ''],
          [' ', '\u00a0', '', '\t'],
          ['Übergänge', '2026-04', ' ', ''],
          ['X'.repeat(12_000), '2026', '-1', '\u00a0'],
        ]),
        true,
      ],
      // UTF-8 with BOM, LF, commas, a trailing separator (an unnamed last column).
      ['utf-8 bom', Buffer.from('\ufeffIndicator,Period,Value,\nA,2026,1,\nB,2026,2,x\n'), true],
      ['quoted', Buffer.from('Indikator;Wert\n"A;B";1\n"C\nD";2\n'), false],
      ['utf-8', Buffer.from('Indicator,Period,Value,\nA,2026,1,\nB,2026,2,x\n\n'), true],
      // A ragged row: COPY refuses it, the API reader takes it.
      ['ragged', Buffer.from('Indikator;Zeitraum;Wert\nA;2026\nB;2026;2;zu viel\n'), true],
    ];
    for (const [name, bytes, copyable] of files) {
      expect([name, copyableCsv(bytes) !== null]).toEqual([name, copyable]);
      const up = await upload(t.url, { allianceId: a.allianceId, file: bytes, token: a.backbone.token });
      expect([name, up.status]).toEqual([name, 201]);
      const batch = (await t.sql(`SELECT headers, row_count AS "rowCount", encoding, separator FROM import_batches WHERE id = $1`, [up.data!.batchId]))[0];
      const api = await read(bytes);
      expect([name, batch]).toEqual([
        name,
        { headers: api.shape.headers, rowCount: api.shape.rowCount, encoding: api.shape.encoding, separator: api.shape.separator },
      ]);
      expect([name, await staged(up.data!.batchId)]).toEqual([name, api.rows]);
    }
  });
});
