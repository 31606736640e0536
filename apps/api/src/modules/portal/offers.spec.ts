import sharp from 'sharp';
import { TestApp } from '../../test/test-app';

const OFFER = `id status providerId providerName version publishedAt confirmedAt freshness
  content { title summary targetGroups districtId ageMin ageMax isFree costNote }
  openRevision { id state version returnReason changes { field before after } content { title } baseContent { title } }`;
const CREATE = `mutation($i: CreatePortalOfferInput!) { createPortalOffer(input: $i) { ${OFFER} } }`;
const UPDATE = `mutation($i: UpdatePortalOfferInput!) { updatePortalOffer(input: $i) { ${OFFER} } }`;
const APPROVE = `mutation($i: DecideOfferRevisionInput!) { approvePortalOfferRevision(input: $i) { ${OFFER} } }`;
const RETURN = `mutation($i: DecideOfferRevisionInput!) { returnPortalOfferRevision(input: $i) { ${OFFER} } }`;
const GET = `query($a: ID!, $o: ID!) { portalOffer(allianceId: $a, offerId: $o) { ${OFFER} } }`;
const MINE = `query($a: ID!) { myPortalOffers(allianceId: $a) { ${OFFER} } }`;
const QUEUE = `query($a: ID!) { portalReviewQueue(allianceId: $a) { id offerId providerName state content { title } baseContent { title } changes { field before after } } }`;
const SETTINGS = `mutation($i: UpdatePortalSettingsInput!) { updatePortalSettings(input: $i) { version enabled } }`;
const UPLOAD = `mutation($i: UploadPortalImageInput!) { uploadPortalImage(input: $i) { id width height dataUrl } }`;

const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

describe('Chancenportal: providers enter offers, the editors approve', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  async function portal() {
    const roles = await t.allianceWithRoles('Musterbündnis');
    await t.ok(
      SETTINGS,
      {
        i: {
          allianceId: roles.allianceId,
          version: 0,
          enabled: true,
          name: 'Chancenportal',
          providerSignupOpen: true,
          reminderMonths: 6,
          flagMonths: 9,
          hideMonths: 12,
        },
      },
      { token: roles.backbone.token },
    );
    const provider = await t.addMember(roles.backbone.token, roles.allianceId, 'PROVIDER');
    const [district] = await t.sql<{ id: string }>(`INSERT INTO districts (alliance_id, id, name) VALUES ($1, gen_random_uuid(), 'Oststadt') RETURNING id`, [
      roles.allianceId,
    ]);
    return { ...roles, provider, districtId: district.id };
  }
  const row = (allianceId: string, id: string) =>
    t.sql(`SELECT status, title, version, published_at IS NOT NULL AS published FROM portal_offers WHERE alliance_id = $1 AND id = $2`, [allianceId, id]);

  it('create → queue → return with a reason → fix → approve → published; the provider hears of each decision', async () => {
    const { allianceId, backbone, provider, districtId } = await portal();
    const content = { title: 'Hausaufgabenhilfe', targetGroups: ['Kinder'], districtId, ageMin: 6, ageMax: 12 };
    const created = (await t.ok(CREATE, { i: { allianceId, content } }, { token: provider.token })).createPortalOffer;
    expect(created).toMatchObject({ status: 'IN_REVIEW', publishedAt: null, freshness: null, openRevision: { state: 'PENDING' } });

    const queue = (await t.ok(QUEUE, { a: allianceId }, { token: backbone.token })).portalReviewQueue;
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ offerId: created.id, baseContent: null, content: { title: 'Hausaufgabenhilfe' } });
    expect(queue[0].changes).toEqual(expect.arrayContaining([{ field: 'title', before: null, after: 'Hausaufgabenhilfe' }]));
    // The editors were told (in-app notice to the backbone's person).
    expect(await t.sql(`SELECT kind FROM notifications WHERE alliance_id = $1 AND user_id = $2`, [allianceId, backbone.id])).toEqual([
      { kind: 'OFFER_SUBMITTED' },
    ]);

    // Returning needs a reason: refused, nothing changed.
    const rev = created.openRevision;
    const noReason = await t.gql(RETURN, { i: { allianceId, revisionId: rev.id, version: rev.version, reason: '  ' } }, { token: backbone.token });
    expect(code(noReason)).toBe('VALIDATION_FAILED');
    expect((await row(allianceId, created.id))[0].status).toBe('IN_REVIEW');

    const returned = (
      await t.ok(RETURN, { i: { allianceId, revisionId: rev.id, version: rev.version, reason: 'Bitte die Uhrzeiten ergänzen.' } }, { token: backbone.token })
    ).returnPortalOfferRevision;
    expect(returned).toMatchObject({ status: 'RETURNED', openRevision: { state: 'RETURNED', returnReason: 'Bitte die Uhrzeiten ergänzen.' } });
    expect(await t.sql(`SELECT kind FROM notifications WHERE alliance_id = $1 AND user_id = $2`, [allianceId, provider.id])).toEqual([
      { kind: 'OFFER_RETURNED' },
    ]);
    const [mail] = await t.sql(`SELECT subject, text_body FROM mail_outbox WHERE to_address = $1 AND kind = 'OFFER_RETURNED'`, [provider.email]);
    expect(mail.text_body).toContain('Bitte die Uhrzeiten ergänzen.');
    // Deciding twice is refused.
    expect(code(await t.gql(APPROVE, { i: { allianceId, revisionId: rev.id, version: rev.version + 1 } }, { token: backbone.token }))).toBe(
      'OFFER_REVISION_DECIDED',
    );

    const fixed = (
      await t.ok(
        UPDATE,
        { i: { allianceId, offerId: created.id, version: returned.version, content: { ...content, summary: 'Mo–Do 14–16 Uhr' } } },
        { token: provider.token },
      )
    ).updatePortalOffer;
    expect(fixed).toMatchObject({ status: 'IN_REVIEW', openRevision: { id: rev.id, state: 'PENDING' } });
    const approved = (await t.ok(APPROVE, { i: { allianceId, revisionId: rev.id, version: fixed.openRevision.version } }, { token: backbone.token }))
      .approvePortalOfferRevision;
    expect(approved).toMatchObject({ status: 'PUBLISHED', freshness: 'FRESH', openRevision: null, content: { summary: 'Mo–Do 14–16 Uhr' } });
    expect(approved.confirmedAt).toBeTruthy();
    const kinds = await t.sql(`SELECT kind FROM notifications WHERE alliance_id = $1 AND user_id = $2 ORDER BY created_at`, [allianceId, provider.id]);
    expect(kinds.map((k) => k.kind)).toEqual(['OFFER_RETURNED', 'OFFER_APPROVED']);
    const actions = await t.sql(`SELECT action FROM audit_events WHERE alliance_id = $1 AND entity_type = 'PortalOffer' ORDER BY occurred_at, id`, [
      allianceId,
    ]);
    expect(actions.map((a) => a.action)).toEqual(['offer.submitted', 'offer.returned', 'offer.submitted', 'offer.approved']);
  });

  it('a change to a published offer waits as a revision; the published version stays until it is approved', async () => {
    const { allianceId, backbone, provider } = await portal();
    const created = (await t.ok(CREATE, { i: { allianceId, content: { title: 'Lesecafé' } } }, { token: provider.token })).createPortalOffer;
    const published = (
      await t.ok(APPROVE, { i: { allianceId, revisionId: created.openRevision.id, version: created.openRevision.version } }, { token: backbone.token })
    ).approvePortalOfferRevision;

    const changed = (
      await t.ok(
        UPDATE,
        { i: { allianceId, offerId: created.id, version: published.version, content: { title: 'Lesecafé am Markt' } } },
        { token: provider.token },
      )
    ).updatePortalOffer;
    expect(changed).toMatchObject({
      status: 'PUBLISHED',
      content: { title: 'Lesecafé' },
      openRevision: { state: 'PENDING', content: { title: 'Lesecafé am Markt' }, baseContent: { title: 'Lesecafé' } },
    });
    expect(changed.openRevision.changes).toEqual([{ field: 'title', before: 'Lesecafé', after: 'Lesecafé am Markt' }]);
    expect(await row(allianceId, created.id)).toEqual([{ status: 'PUBLISHED', title: 'Lesecafé', version: changed.version, published: true }]);

    // A stale version is a CONFLICT and changes nothing.
    const stale = await t.gql(
      UPDATE,
      { i: { allianceId, offerId: created.id, version: published.version, content: { title: 'Anders' } } },
      { token: provider.token },
    );
    expect(code(stale)).toBe('CONFLICT');
    expect((await t.ok(GET, { a: allianceId, o: created.id }, { token: provider.token })).portalOffer.openRevision.content.title).toBe('Lesecafé am Markt');

    await t.ok(APPROVE, { i: { allianceId, revisionId: changed.openRevision.id, version: changed.openRevision.version } }, { token: backbone.token });
    expect((await row(allianceId, created.id))[0]).toMatchObject({ status: 'PUBLISHED', title: 'Lesecafé am Markt' });
  });

  it('only the own provider and the editors see an offer; a partner is no editor until the backbone appoints it', async () => {
    const { allianceId, backbone, partner, funder, observer, provider } = await portal();
    const other = await t.addMember(backbone.token, allianceId, 'PROVIDER');
    const created = (await t.ok(CREATE, { i: { allianceId, content: { title: 'Schwimmkurs' } } }, { token: provider.token })).createPortalOffer;
    for (const who of [other, partner, funder, observer])
      expect(code(await t.gql(GET, { a: allianceId, o: created.id }, { token: who.token }))).toBe('NOT_FOUND');
    expect((await t.ok(MINE, { a: allianceId }, { token: other.token })).myPortalOffers).toEqual([]);
    const rev = created.openRevision;
    expect(code(await t.gql(QUEUE, { a: allianceId }, { token: partner.token }))).toBe('FORBIDDEN');
    expect(code(await t.gql(APPROVE, { i: { allianceId, revisionId: rev.id, version: rev.version } }, { token: partner.token }))).toBe('FORBIDDEN');
    // Providers cannot approve their own entries (the operation is not theirs at all).
    expect(code(await t.gql(APPROVE, { i: { allianceId, revisionId: rev.id, version: rev.version } }, { token: provider.token }))).toBe('NOT_FOUND');
    expect(code(await t.gql(CREATE, { i: { allianceId, content: { title: 'Nur lesen' } } }, { token: observer.token }))).toBe('FORBIDDEN');
    expect((await row(allianceId, created.id))[0].status).toBe('IN_REVIEW');

    await t.ok(
      `mutation($a: ID!, $m: ID!) { setPortalEditor(allianceId: $a, membershipId: $m, appointed: true) { membershipId } }`,
      { a: allianceId, m: partner.membershipId },
      { token: backbone.token },
    );
    expect((await t.ok(QUEUE, { a: allianceId }, { token: partner.token })).portalReviewQueue.map((q: { offerId: string }) => q.offerId)).toEqual([created.id]);
    await t.ok(APPROVE, { i: { allianceId, revisionId: rev.id, version: rev.version } }, { token: partner.token });
    expect((await row(allianceId, created.id))[0].status).toBe('PUBLISHED');
  });

  it('portalRights: the appointed editor edits but does not manage, others neither; another alliance learns nothing', async () => {
    const RIGHTS = `query($a: ID!) { portalRights(allianceId: $a) { editor manager } }`;
    const { allianceId, backbone, partner, funder, observer, provider } = await portal();
    const rights = async (token: string, a = allianceId) => (await t.ok(RIGHTS, { a }, { token })).portalRights;
    expect(await rights(backbone.token)).toEqual({ editor: true, manager: true });
    for (const who of [partner, funder, observer]) expect(await rights(who.token)).toEqual({ editor: false, manager: false });
    await t.ok(
      `mutation($a: ID!, $m: ID!) { setPortalEditor(allianceId: $a, membershipId: $m, appointed: true) { membershipId } }`,
      { a: allianceId, m: funder.membershipId },
      { token: backbone.token },
    );
    // The appointed funder: the queue, freshness and planning (the operations let it), not the settings.
    expect(await rights(funder.token)).toEqual({ editor: true, manager: false });
    expect(await rights(partner.token)).toEqual({ editor: false, manager: false });
    expect((await t.ok(QUEUE, { a: allianceId }, { token: funder.token })).portalReviewQueue).toEqual([]);
    // A provider has no workspace: the rights query is not for it.
    expect(code(await t.gql(RIGHTS, { a: allianceId }, { token: provider.token }))).toBe('NOT_FOUND');
    // Another alliance: its people learn nothing of this one, the appointment counts here only.
    const other = await t.allianceWithRoles('Anderes Bündnis');
    expect(code(await t.gql(RIGHTS, { a: allianceId }, { token: other.backbone.token }))).toBe('NOT_FOUND');
    expect(code(await t.gql(RIGHTS, { a: other.allianceId }, { token: funder.token }))).toBe('NOT_FOUND');
    expect(await rights(other.funder.token, other.allianceId)).toEqual({ editor: false, manager: false });
  });

  it('a provider-only member sees nothing of the workspace: goals, activities, members, indicators answer NOT_FOUND', async () => {
    const { allianceId, provider } = await portal();
    for (const q of [
      `query($a: ID!) { goals(allianceId: $a) { id } }`,
      `query($a: ID!) { alliance(allianceId: $a) { id name } }`,
      `query($a: ID!) { members(allianceId: $a) { id } }`,
      `query($a: ID!) { districts(allianceId: $a) { id } }`,
    ]) {
      const r = await t.gql(q, { a: allianceId }, { token: provider.token });
      expect(code(r)).toBe('NOT_FOUND');
      expect(r.data).toBeFalsy();
    }
    expect(
      (await t.ok(`query($a: ID!) { portalSettings(allianceId: $a) { enabled } }`, { a: allianceId }, { token: provider.token })).portalSettings.enabled,
    ).toBe(true);
  });

  it('bad input is refused with nothing changed: age range, a foreign district, a cost note missing', async () => {
    const { allianceId, provider } = await portal();
    const other = await portal();
    for (const [content, field] of [
      [{ title: 'X-Kurs', ageMin: 12, ageMax: 6 }, 'content.ageMax'],
      [{ title: 'X-Kurs', districtId: other.districtId }, 'content.districtId'],
      [{ title: 'X-Kurs', isFree: false }, 'content.costNote'],
      [{ title: 'X-Kurs', scheduleKind: 'WEEKLY', schedule: [] }, 'content.schedule'],
    ] as const) {
      const r = await t.gql(CREATE, { i: { allianceId, content } }, { token: provider.token });
      expect(code(r)).toBe('VALIDATION_FAILED');
      expect((r.errors![0].extensions as { fields: { field: string }[] }).fields.map((f) => f.field)).toContain(field);
    }
    expect(await t.sql(`SELECT 1 FROM portal_offers WHERE alliance_id = $1`, [allianceId])).toEqual([]);
  });

  it('images: type checked from the bytes, re-encoded without metadata, too small or not an image refused', async () => {
    const { allianceId, provider } = await portal();
    const withExif = await sharp({ create: { width: 200, height: 120, channels: 3, background: '#c86432' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: 'Geheim GmbH', Artist: 'Max Mustermann' } } })
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const up = (await t.ok(UPLOAD, { i: { allianceId, base64: withExif.toString('base64'), altText: 'Kinder beim Lesen' } }, { token: provider.token }))
      .uploadPortalImage;
    expect(up).toMatchObject({ width: 200, height: 120 });
    const [stored] = await t.sql(`SELECT data, mime_type FROM portal_offer_images WHERE alliance_id = $1 AND id = $2`, [allianceId, up.id]);
    const meta = await sharp(stored.data).metadata();
    expect(stored.mime_type).toBe('image/jpeg');
    expect(meta.exif).toBeUndefined();
    expect(stored.data.includes(Buffer.from('Mustermann'))).toBe(false);

    const tiny = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    for (const bad of [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), tiny, Buffer.from('GIF89a')]) {
      expect(code(await t.gql(UPLOAD, { i: { allianceId, base64: bad.toString('base64') } }, { token: provider.token }))).toBe('IMAGE_INVALID');
    }
    expect(await t.sql(`SELECT count(*)::int AS n FROM portal_offer_images WHERE alliance_id = $1`, [allianceId])).toEqual([{ n: 1 }]);
  });
});
