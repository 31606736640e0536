import { TestApp } from '../../test/test-app';

const FIELDS = `
  current { number title body conflictProcedure publishedByName signatureCount }
  versions { number title publishedAt publishedByName }
  signatures { membershipId organisation { id name } signedByName signedAt }
  unsignedMembers { id role organisation { name } }
  mySignature { membershipId signedByName }`;
const AGREEMENT = `query($id: ID!) { agreement(allianceId: $id) { ${FIELDS} } }`;
const PUBLISH = `mutation($i: PublishAgreementVersionInput!) { publishAgreementVersion(input: $i) { ${FIELDS} } }`;
const SIGN = `mutation($i: SignAgreementInput!) { signAgreement(input: $i) { ${FIELDS} } }`;

const TEXT = {
  title: 'Kooperationsvereinbarung',
  body: 'Wir arbeiten gemeinsam an …',
  conflictProcedure: 'Erst Gespräch, dann Schlichtung durch die Geschäftsstelle.',
};

describe('cooperation agreement', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
  const versions = (allianceId: string) =>
    t.sql(`SELECT version_number, title FROM agreement_versions WHERE alliance_id = $1 ORDER BY version_number`, [allianceId]);
  const signatures = (allianceId: string) =>
    t.sql(
      `SELECT v.version_number, s.membership_id FROM agreement_signatures s JOIN agreement_versions v ON v.id = s.agreement_version_id WHERE s.alliance_id = $1 ORDER BY 1, 2`,
      [allianceId],
    );

  it('the backbone publishes versions; every member signs the current one; the backbone sees who has not', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    await t.sql(`UPDATE users SET name = 'Petra Partner' WHERE id = $1`, [partner.id]);
    const empty = (await t.ok(AGREEMENT, { id: allianceId }, { token: observer.token })).agreement;
    expect(empty).toEqual({ current: null, versions: [], signatures: [], unsignedMembers: [], mySignature: null });

    const v1 = (await t.ok(PUBLISH, { i: { allianceId, ...TEXT, basedOnVersionNumber: null } }, { token: backbone.token })).publishAgreementVersion;
    expect(v1.current).toMatchObject({ number: 1, ...TEXT, publishedByName: 'Test Person', signatureCount: 0 });
    expect(v1.unsignedMembers).toHaveLength(4);

    // Every role signs for its organisation: funders and observers are members bound by the agreement too.
    await t.ok(SIGN, { i: { allianceId, versionNumber: 1 } }, { token: partner.token });
    await t.ok(SIGN, { i: { allianceId, versionNumber: 1 } }, { token: observer.token });
    const forFunder = (await t.ok(SIGN, { i: { allianceId, versionNumber: 1 } }, { token: funder.token })).signAgreement;
    expect(forFunder.mySignature).toEqual({ membershipId: funder.membershipId, signedByName: 'Test Person' });
    expect(forFunder.unsignedMembers).toEqual([]);
    expect(forFunder.signatures.map((s: any) => s.membershipId)).toEqual([partner.membershipId, observer.membershipId, funder.membershipId]);
    expect(forFunder.signatures[0]).toMatchObject({ organisation: { id: partner.organisationId }, signedByName: 'Petra Partner' });

    const forBackbone = (await t.ok(AGREEMENT, { id: allianceId }, { token: backbone.token })).agreement;
    expect(forBackbone.current.signatureCount).toBe(3);
    expect(forBackbone.mySignature).toBeNull();
    expect(forBackbone.unsignedMembers).toEqual([{ id: expect.any(String), role: 'BACKBONE', organisation: { name: 'Geschäftsstelle Testbündnis' } }]);

    // A new version needs new signatures; the old ones stay with the old version.
    const v2 = (await t.ok(PUBLISH, { i: { allianceId, ...TEXT, title: 'Fassung 2', basedOnVersionNumber: 1 } }, { token: backbone.token }))
      .publishAgreementVersion;
    expect(v2.versions.map((v: any) => [v.number, v.title])).toEqual([
      [2, 'Fassung 2'],
      [1, TEXT.title],
    ]);
    expect(v2.signatures).toEqual([]);
    expect(v2.unsignedMembers.map((m: any) => m.role)).toEqual(['BACKBONE', 'PARTNER', 'FUNDER', 'OBSERVER']);
    expect((await signatures(allianceId)).map((s) => s.version_number)).toEqual([1, 1, 1]);
  });

  it('signing an old version, an unknown version or twice is refused clearly', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const signNothing = await t.gql(SIGN, { i: { allianceId, versionNumber: 1 } }, { token: partner.token });
    expect(code(signNothing)).toBe('NOT_FOUND');
    expect(signNothing.errors?.[0].message).toBe('Diese Fassung der Kooperationsvereinbarung wurde nicht gefunden.');
    await t.ok(PUBLISH, { i: { allianceId, ...TEXT } }, { token: backbone.token });
    await t.ok(PUBLISH, { i: { allianceId, ...TEXT, basedOnVersionNumber: 1 } }, { token: backbone.token });

    const old = await t.gql(SIGN, { i: { allianceId, versionNumber: 1 } }, { token: partner.token });
    expect(code(old)).toBe('AGREEMENT_NOT_CURRENT');
    expect(old.errors?.[0].message).toBe('Fassung 1 ist nicht mehr aktuell. Unterzeichnen können Sie nur die aktuelle Fassung 2 der Kooperationsvereinbarung.');
    expect(code(await t.gql(SIGN, { i: { allianceId, versionNumber: 3 } }, { token: partner.token }))).toBe('NOT_FOUND');

    await t.ok(SIGN, { i: { allianceId, versionNumber: 2 } }, { token: partner.token });
    const twice = await t.gql(SIGN, { i: { allianceId, versionNumber: 2 } }, { token: partner.token, lang: 'en' });
    expect(code(twice)).toBe('ALREADY_SIGNED');
    expect(twice.errors?.[0].message).toBe('Your organisation has already signed version 2 of the cooperation agreement.');
    expect(await signatures(allianceId)).toEqual([{ version_number: 2, membership_id: partner.membershipId }]);
  });

  it('only the backbone publishes; the others are told what they lack and nothing is published', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    for (const who of [partner, funder, observer]) {
      const r = await t.gql(PUBLISH, { i: { allianceId, ...TEXT } }, { token: who.token });
      expect(code(r)).toBe('FORBIDDEN');
      expect(r.errors?.[0].message).toBe('Dafür fehlt Ihnen die Berechtigung: Rolle Geschäftsstelle.');
      // …but everyone reads it, and no one but the backbone sees the unsigned list.
      await t.ok(PUBLISH, { i: { allianceId, ...TEXT, basedOnVersionNumber: (await versions(allianceId)).length || null } }, { token: backbone.token });
      const read = (await t.ok(AGREEMENT, { id: allianceId }, { token: who.token })).agreement;
      expect(read.current.title).toBe(TEXT.title);
      expect(read.unsignedMembers).toEqual([]);
    }
    expect((await versions(allianceId)).map((v) => v.version_number)).toEqual([1, 2, 3]);
  });

  it('publishing on top of a version that is no longer current is CONFLICT and publishes nothing', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    await t.ok(PUBLISH, { i: { allianceId, ...TEXT } }, { token: backbone.token });
    for (const basedOnVersionNumber of [null, 2]) {
      const r = await t.gql(PUBLISH, { i: { allianceId, ...TEXT, title: 'Parallel', basedOnVersionNumber } }, { token: backbone.token });
      expect(code(r)).toBe('CONFLICT');
      expect(r.errors?.[0].message).toMatch(/^Die Kooperationsvereinbarung wurde inzwischen von jemand anderem geändert/);
    }
    expect(await versions(allianceId)).toEqual([{ version_number: 1, title: TEXT.title }]);
  });

  it('needs a body and a conflict procedure; bad input publishes nothing', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const cases: [Record<string, unknown>, string][] = [
      [{ body: '   ' }, 'body (Pflichtfeld)'],
      [{ conflictProcedure: '' }, 'conflictProcedure (Pflichtfeld)'],
      [{ title: ' ' }, 'title (Pflichtfeld)'],
    ];
    for (const [patch, detail] of cases) {
      const r = await t.gql(PUBLISH, { i: { allianceId, ...TEXT, ...patch } }, { token: backbone.token });
      expect(code(r)).toBe('VALIDATION_FAILED');
      expect(r.errors?.[0].message).toBe(`Bitte prüfen Sie Ihre Eingaben: ${detail}.`);
    }
    expect(await versions(allianceId)).toEqual([]);
  });

  it('writes audit events for publishing and signing', async () => {
    const { allianceId, backbone, observer } = await t.allianceWithRoles();
    await t.ok(PUBLISH, { i: { allianceId, ...TEXT } }, { token: backbone.token });
    await t.ok(SIGN, { i: { allianceId, versionNumber: 1 } }, { token: observer.token });
    const events = await t.sql(
      `SELECT action, entity_type, actor_user_id, after FROM audit_events WHERE alliance_id = $1 AND action LIKE 'agreement.%' ORDER BY occurred_at`,
      [allianceId],
    );
    expect(events).toEqual([
      {
        action: 'agreement.published',
        entity_type: 'AgreementVersion',
        actor_user_id: backbone.id,
        after: expect.objectContaining({ number: 1, title: TEXT.title }),
      },
      {
        action: 'agreement.signed',
        entity_type: 'AgreementSignature',
        actor_user_id: observer.id,
        after: expect.objectContaining({ versionNumber: 1, membershipId: observer.membershipId }),
      },
    ]);
  });

  it("keeps alliances apart: B's members neither read nor sign A's agreement, and A's stays unchanged", async () => {
    const a = await t.allianceWithRoles('Bündnis A');
    const b = await t.allianceWithRoles('Bündnis B');
    await t.ok(PUBLISH, { i: { allianceId: a.allianceId, ...TEXT } }, { token: a.backbone.token });
    expect(code(await t.gql(AGREEMENT, { id: a.allianceId }, { token: b.partner.token }))).toBe('NOT_FOUND');
    expect(code(await t.gql(SIGN, { i: { allianceId: a.allianceId, versionNumber: 1 } }, { token: b.partner.token }))).toBe('NOT_FOUND');
    expect(code(await t.gql(PUBLISH, { i: { allianceId: a.allianceId, ...TEXT, basedOnVersionNumber: 1 } }, { token: b.backbone.token }))).toBe('NOT_FOUND');
    // In B itself, A's version does not exist.
    expect(code(await t.gql(SIGN, { i: { allianceId: b.allianceId, versionNumber: 1 } }, { token: b.partner.token }))).toBe('NOT_FOUND');
    expect(await versions(a.allianceId)).toEqual([{ version_number: 1, title: TEXT.title }]);
    expect(await signatures(a.allianceId)).toEqual([]);
    expect(await versions(b.allianceId)).toEqual([]);
  });
});
