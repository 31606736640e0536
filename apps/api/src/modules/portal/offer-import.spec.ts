import { TestApp } from '../../test/test-app';
import { BATCH, CHECK, COMMIT, ROWS, UNDO, upload, xlsx } from '../imports/imports.fixtures';

const SETTINGS = `mutation($i: UpdatePortalSettingsInput!) { updatePortalSettings(input: $i) { version } }`;
const CREATE = `mutation($i: CreatePortalOfferInput!) { createPortalOffer(input: $i) { id providerId } }`;
const QUEUE = `query($a: ID!) { portalReviewQueue(allianceId: $a) { id offerId version providerName baseContent { title } content { title districtId } } }`;
const APPROVE = `mutation($i: DecideOfferRevisionInput!) { approvePortalOfferRevision(input: $i) { id status } }`;
const KINDS = `query($a: ID!) { importKinds(allianceId: $a) { name } }`;

/** Issue 13, 6: an existing offer list from Excel through the one import pipeline; imported offers wait in the editorial queue. */
describe('Chancenportal: importing an offer list', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('the editors import an XLSX: the dry-run names the unknown district; the fixed file creates the unknown provider and enters offers into the queue, none public; undo only before a decision', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles('Importbündnis');
    const settings = { version: 0, enabled: true, name: 'Portal', providerSignupOpen: true, reminderMonths: 6, flagMonths: 9, hideMonths: 12 };
    await t.ok(SETTINGS, { i: { allianceId, ...settings } }, { token: backbone.token });
    const provider = await t.addMember(backbone.token, allianceId, 'PROVIDER');
    // The provider's profile exists with its first offer.
    const first = (await t.ok(CREATE, { i: { allianceId, content: { title: 'Vereinsfest' } } }, { token: provider.token })).createPortalOffer;
    const [{ name: providerName }] = await t.sql<{ name: string }>(`SELECT name FROM portal_providers WHERE alliance_id = $1 AND id = $2`, [
      allianceId,
      first.providerId,
    ]);
    await t.sql(`INSERT INTO districts (alliance_id, id, name) VALUES ($1, gen_random_uuid(), 'Oststadt')`, [allianceId]);

    // Only editors may import offers: a partner is not offered the kind, and its upload is refused.
    expect((await t.ok(KINDS, { a: allianceId }, { token: partner.token })).importKinds.map((k: { name: string }) => k.name)).not.toContain('offers');
    expect((await t.ok(KINDS, { a: allianceId }, { token: backbone.token })).importKinds.map((k: { name: string }) => k.name)).toContain('offers');
    const header = ['Angebot', 'Träger', 'Stadtteil', 'Zielgruppe', 'Alter von', 'Alter bis', 'Kosten'];
    const refused = await upload(t.url, { allianceId, kind: 'offers', file: await xlsx([header]), fileName: 'angebote.xlsx', token: partner.token });
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const file = (district: string) =>
      xlsx([
        header,
        ['Schwimmkurs für Kinder', providerName, 'Oststadt', 'Kinder', 6, 10, ''],
        ['Elterncafé', 'Neuer Träger e. V.', district, 'Eltern, Familien', null, null, '2 € pro Treffen'],
        ['Lesepaten', 'neuer träger e. V.', 'Oststadt', 'Kinder', 6, 12, ''],
      ]);
    const bad = await upload(t.url, { allianceId, kind: 'offers', file: await file('Mondviertel'), fileName: 'angebote.xlsx', token: backbone.token });
    let batch = (await t.ok(BATCH, { a: allianceId, b: bad.data!.batchId }, { token: backbone.token })).importBatch;
    const columns = batch.columns.map((c: { field: string; column: number }) => ({ field: c.field, column: c.column }));
    expect(columns).toEqual(
      expect.arrayContaining([
        { field: 'title', column: 0 },
        { field: 'provider', column: 1 },
        { field: 'district', column: 2 },
        { field: 'targetGroups', column: 3 },
        { field: 'ageMin', column: 4 },
        { field: 'ageMax', column: 5 },
        { field: 'costNote', column: 6 },
      ]),
    );
    batch = (await t.ok(CHECK, { i: { allianceId, batchId: batch.id, version: batch.version, columns } }, { token: backbone.token })).checkImport;
    const problems = (await t.ok(ROWS, { a: allianceId, b: batch.id, only: true }, { token: backbone.token })).importRows;
    expect(batch).toMatchObject({ status: 'PREVIEWED', errorRows: 1 });
    // The unknown provider is no problem (it will be created); the unknown district is.
    expect(problems.nodes.map((n: { rowNo: number }) => n.rowNo)).toEqual([3]);
    expect(problems.nodes[0].problems).toEqual([{ field: 'district', code: 'unknownDistrict', message: expect.stringContaining('Mondviertel') }]);
    // Nothing is created by a dry run, not even the new provider.
    expect(await t.sql(`SELECT count(*)::int AS n FROM portal_providers WHERE alliance_id = $1`, [allianceId])).toEqual([{ n: 1 }]);

    const good = await upload(t.url, { allianceId, kind: 'offers', file: await file('oststadt'), fileName: 'angebote.xlsx', token: backbone.token });
    batch = (await t.ok(BATCH, { a: allianceId, b: good.data!.batchId }, { token: backbone.token })).importBatch;
    batch = (await t.ok(CHECK, { i: { allianceId, batchId: batch.id, version: batch.version, columns } }, { token: backbone.token })).checkImport;
    expect(batch).toMatchObject({ status: 'PREVIEWED', errorRows: 0 });
    const committed = (await t.ok(COMMIT, { i: { allianceId, batchId: batch.id, version: batch.version } }, { token: backbone.token })).commitImport;
    expect(committed).toMatchObject({ status: 'COMMITTED', createdCount: 3 });
    // One new provider profile for the two spellings of its name, noted with the batch and audited; no access of its own.
    const created = await t.sql<{ id: string; name: string; membership_id: string | null; import_batch_id: string }>(
      `SELECT id, name, membership_id, import_batch_id FROM portal_providers WHERE alliance_id = $1 AND id <> $2`,
      [allianceId, first.providerId],
    );
    expect(created).toEqual([{ id: expect.any(String), name: 'Neuer Träger e. V.', membership_id: null, import_batch_id: committed.id }]);
    const perProvider = await t.sql<{ name: string; n: number }>(
      `SELECT p.name, count(*)::int AS n FROM portal_offers o JOIN portal_providers p ON p.alliance_id = o.alliance_id AND p.id = o.provider_id
        WHERE o.alliance_id = $1 GROUP BY p.name`,
      [allianceId],
    );
    expect(perProvider).toHaveLength(2);
    expect(perProvider).toEqual(
      expect.arrayContaining([
        { name: 'Neuer Träger e. V.', n: 2 },
        { name: providerName, n: 2 },
      ]),
    );
    expect(
      await t.sql(`SELECT count(*)::int AS n FROM audit_events WHERE alliance_id = $1 AND action = 'provider.created' AND entity_id = $2`, [
        allianceId,
        created[0]!.id,
      ]),
    ).toEqual([{ n: 1 }]);

    // Like new entries from the form: waiting in the queue, not public.
    const queue = (await t.ok(QUEUE, { a: allianceId }, { token: backbone.token })).portalReviewQueue;
    expect(queue.map((q: { content: { title: string } }) => q.content.title)).toEqual(expect.arrayContaining(['Schwimmkurs für Kinder', 'Elterncafé']));
    expect(queue.every((q: { baseContent: unknown }) => q.baseContent === null)).toBe(true);
    expect(
      await t.sql(`SELECT title, status, is_free, cost_note, target_groups FROM portal_offers WHERE alliance_id = $1 AND title = 'Elterncafé'`, [allianceId]),
    ).toEqual([{ title: 'Elterncafé', status: 'IN_REVIEW', is_free: false, cost_note: '2 € pro Treffen', target_groups: ['Eltern', 'Familien'] }]);
    expect(
      await t.sql(`SELECT count(*)::int AS n FROM audit_events WHERE alliance_id = $1 AND action = 'offer.submitted' AND after ? 'importBatchId'`, [
        allianceId,
      ]),
    ).toEqual([{ n: 3 }]);

    // Once an editor decided one of them, the batch cannot be undone; nothing is removed.
    const swim = queue.find((q: { content: { title: string } }) => q.content.title === 'Schwimmkurs für Kinder');
    await t.ok(APPROVE, { i: { allianceId, revisionId: swim.id, version: swim.version } }, { token: backbone.token });
    const blocked = await t.gql(UNDO, { i: { allianceId, batchId: committed.id, version: committed.version } }, { token: backbone.token });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('IMPORT_NOT_UNDOABLE');
    expect(await t.sql(`SELECT count(*)::int AS n FROM portal_offers WHERE alliance_id = $1`, [allianceId])).toEqual([{ n: 4 }]);

    // A batch that only named a new provider: its undo removes the offer and the provider it created (the older one stays).
    const solo = await upload(t.url, {
      allianceId,
      kind: 'offers',
      file: await xlsx([header, ['Nähcafé', 'Nachbarschaftshilfe Ost', 'Oststadt', 'Erwachsene', null, null, '']]),
      fileName: 'angebote.xlsx',
      token: backbone.token,
    });
    batch = (await t.ok(BATCH, { a: allianceId, b: solo.data!.batchId }, { token: backbone.token })).importBatch;
    batch = (await t.ok(CHECK, { i: { allianceId, batchId: batch.id, version: batch.version, columns } }, { token: backbone.token })).checkImport;
    const soloDone = (await t.ok(COMMIT, { i: { allianceId, batchId: batch.id, version: batch.version } }, { token: backbone.token })).commitImport;
    expect(await t.sql(`SELECT count(*)::int AS n FROM portal_providers WHERE alliance_id = $1 AND name = 'Nachbarschaftshilfe Ost'`, [allianceId])).toEqual([
      { n: 1 },
    ]);
    await t.ok(UNDO, { i: { allianceId, batchId: soloDone.id, version: soloDone.version } }, { token: backbone.token });
    const left = await t.sql<{ name: string }>(`SELECT name FROM portal_providers WHERE alliance_id = $1`, [allianceId]);
    expect(left.map((p) => p.name).sort()).toEqual(['Neuer Träger e. V.', providerName].sort());
    expect(await t.sql(`SELECT count(*)::int AS n FROM portal_offers WHERE alliance_id = $1`, [allianceId])).toEqual([{ n: 4 }]);
  });
});
