import { TestApp } from '../../test/test-app';
import { COMMIT, germanCsv, ROWS, UNDO, upload, uploadAndCheck } from '../imports/imports.fixtures';

const HEADER = ['Name der Organisation', 'Organisationsart', 'Stadt', 'Rolle', 'E-Mail'];

describe('imports: member organisations with their contact persons', () => {
  let t: TestApp;
  let allianceId: string;
  let tokens: { backbone: string; partner: string };
  let partnerOrg: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const a = await t.allianceWithRoles('Mitgliederbündnis');
    allianceId = a.allianceId;
    tokens = { backbone: a.backbone.token, partner: a.partner.token };
    [{ name: partnerOrg }] = await t.sql(`SELECT name FROM organisations WHERE id = $1`, [a.partner.organisationId]);
  });
  afterAll(() => t.close());

  const invited = () =>
    t.sql(
      `SELECT o.name, o.kind, o.city, m.role, m.state, i.email FROM memberships m JOIN organisations o ON o.id = m.organisation_id
         JOIN invitations i ON i.alliance_id = m.alliance_id AND i.membership_id = m.id
        WHERE m.alliance_id = $1 AND m.state = 'INVITED' ORDER BY o.name`,
      [allianceId],
    );
  const mails = (to: string) => t.sql(`SELECT kind, subject FROM mail_outbox WHERE to_address = $1`, [to]);

  it('German headers; problems per row; the commit invites every organisation and mails its contact person; undo takes the invitations back', async () => {
    const bad = await uploadAndCheck(t, {
      allianceId,
      kind: 'members',
      token: tokens.backbone,
      rows: [
        HEADER,
        ['Stadtteilverein Nord e. V.', 'Verein', 'Musterstadt', 'Partner', 'kontakt@nord.example'],
        [partnerOrg, 'Verein', '', '', 'x@y.example'],
        ['Bäckerei Korn', 'Kiosk', '', 'Chef', 'keine-mail'],
        ['stadtteilverein nord e. v.', '', '', '', 'zwei@nord.example'],
      ],
    });
    expect(bad.columns).toEqual(
      expect.arrayContaining([
        { field: 'organisation', column: 0 },
        { field: 'kind', column: 1 },
        { field: 'city', column: 2 },
        { field: 'role', column: 3 },
        { field: 'email', column: 4 },
      ]),
    );
    expect(bad).toMatchObject({ status: 'PREVIEWED', errorRows: 3 });
    const rows = (await t.ok(ROWS, { a: allianceId, b: bad.id, only: true }, { token: tokens.backbone })).importRows.nodes;
    expect(rows.map((r: { rowNo: number; problems: { code: string }[] }) => [r.rowNo, r.problems.map((p) => p.code)])).toEqual([
      [3, ['ALREADY_MEMBER']],
      [4, ['invalid', 'invalid', 'email']],
      [5, ['duplicateRow']],
    ]);
    const refused = await t.gql(COMMIT, { i: { allianceId, batchId: bad.id, version: bad.version } }, { token: tokens.backbone });
    expect(refused.errors?.[0].extensions?.code).toBe('IMPORT_HAS_PROBLEMS');
    expect(await invited()).toEqual([]);
    expect(await mails('kontakt@nord.example')).toEqual([]);

    const good = await uploadAndCheck(t, {
      allianceId,
      kind: 'members',
      token: tokens.backbone,
      rows: [
        HEADER,
        ['Stadtteilverein Nord e. V.', 'Verein', 'Musterstadt', 'Partner', 'Kontakt@Nord.example'],
        ['Vogel-Stiftung', 'Stiftung', '', 'Förderer', 'info@vogel.example'],
      ],
    });
    expect(good.errorRows).toBe(0);
    const done = (await t.ok(COMMIT, { i: { allianceId, batchId: good.id, version: good.version } }, { token: tokens.backbone })).commitImport;
    expect(done).toMatchObject({ status: 'COMMITTED', createdCount: 2 });
    expect(await invited()).toEqual([
      { name: 'Stadtteilverein Nord e. V.', kind: 'NGO', city: 'Musterstadt', role: 'PARTNER', state: 'INVITED', email: 'kontakt@nord.example' },
      { name: 'Vogel-Stiftung', kind: 'FOUNDATION', city: null, role: 'FUNDER', state: 'INVITED', email: 'info@vogel.example' },
    ]);
    // The invitation mails are in the outbox, in the same transaction as the import.
    expect(await mails('kontakt@nord.example')).toEqual([{ kind: 'INVITATION', subject: expect.stringContaining('Mitgliederbündnis') }]);
    expect(await mails('info@vogel.example')).toHaveLength(1);
    expect(
      await t.sql(`SELECT count(*)::int AS n FROM audit_events WHERE alliance_id = $1 AND action = 'membership.invited' AND after->>'importBatchId' = $2`, [
        allianceId,
        done.id,
      ]),
    ).toEqual([{ n: 2 }]);

    const undone = (await t.ok(UNDO, { i: { allianceId, batchId: done.id, version: done.version } }, { token: tokens.backbone })).undoImport;
    expect(undone.status).toBe('UNDONE');
    expect(await invited()).toEqual([]);
    expect(await t.sql(`SELECT 1 FROM invitations i WHERE i.alliance_id = $1 AND i.email = 'kontakt@nord.example'`, [allianceId])).toEqual([]);
  });

  it('undo is refused once an invitation of the batch was accepted', async () => {
    const b = await uploadAndCheck(t, {
      allianceId,
      kind: 'members',
      token: tokens.backbone,
      rows: [HEADER, ['Jugendhilfe Süd', 'Verein', '', '', 'sued@example.org']],
    });
    const done = (await t.ok(COMMIT, { i: { allianceId, batchId: b.id, version: b.version } }, { token: tokens.backbone })).commitImport;
    await t.sql(`UPDATE memberships SET state = 'ACTIVE', version = version + 1 WHERE alliance_id = $1 AND state = 'INVITED'`, [allianceId]);
    const blocked = await t.gql(UNDO, { i: { allianceId, batchId: done.id, version: done.version } }, { token: tokens.backbone });
    expect(blocked.errors?.[0].extensions?.code).toBe('IMPORT_NOT_UNDOABLE');
  });

  it('only the backbone imports members', async () => {
    const up = await upload(t.url, { allianceId, kind: 'members', file: germanCsv([HEADER, ['X e. V.', '', '', '', 'x@x.example']]), token: tokens.partner });
    expect(up.status).toBe(403);
    expect(up.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
