import { TestApp } from '../../test/test-app';

const SETTINGS = `query($a: ID!) { disclosureSettings(allianceId: $a) { allianceId smallNumberThreshold appliesToMe version } }`;
const UPDATE = `mutation($i: UpdateSmallNumberThresholdInput!) { updateSmallNumberThreshold(input: $i) { smallNumberThreshold version appliesToMe } }`;

describe('small-number protection: the threshold k per alliance', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
  const stored = async (a: string) => (await t.sql(`SELECT small_number_threshold AS k, version FROM alliances WHERE id = $1`, [a]))[0];

  it('defaults to 5; every member reads it and whether it applies to them', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const seen = [];
    for (const who of [backbone, partner, funder, observer]) seen.push((await t.ok(SETTINGS, { a: allianceId }, { token: who.token })).disclosureSettings);
    expect(seen.map((s) => [s.smallNumberThreshold, s.appliesToMe])).toEqual([
      [5, false],
      [5, true],
      [5, true],
      [5, true],
    ]);
  });

  it('the backbone sets it (audited, versioned); others are refused; out of range is refused with nothing changed', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const { version } = await stored(allianceId);
    for (const who of [partner, funder, observer]) {
      expect(code(await t.gql(UPDATE, { i: { allianceId, version, smallNumberThreshold: 8 } }, { token: who.token }))).toBe('FORBIDDEN');
    }
    for (const bad of [1, 21]) {
      expect(code(await t.gql(UPDATE, { i: { allianceId, version, smallNumberThreshold: bad } }, { token: backbone.token }))).toBe('VALIDATION_FAILED');
    }
    expect(await stored(allianceId)).toEqual({ k: 5, version });

    const r = (await t.ok(UPDATE, { i: { allianceId, version, smallNumberThreshold: 8 } }, { token: backbone.token })).updateSmallNumberThreshold;
    expect(r).toEqual({ smallNumberThreshold: 8, version: version + 1, appliesToMe: false });
    expect(await stored(allianceId)).toEqual({ k: 8, version: version + 1 });
    const audit = await t.sql(`SELECT before, after FROM audit_events WHERE alliance_id = $1 AND action = 'alliance.smallNumberThresholdUpdated'`, [
      allianceId,
    ]);
    expect(audit).toEqual([{ before: { smallNumberThreshold: 5, version }, after: { smallNumberThreshold: 8, version: version + 1 } }]);

    // A stale version is a CONFLICT and changes nothing.
    expect(code(await t.gql(UPDATE, { i: { allianceId, version, smallNumberThreshold: 3 } }, { token: backbone.token }))).toBe('CONFLICT');
    expect((await stored(allianceId)).k).toBe(8);
  });

  it("another alliance's threshold is NOT_FOUND", async () => {
    const a = await t.allianceWithRoles('Bündnis A');
    const b = await t.allianceWithRoles('Bündnis B');
    const { version } = await stored(b.allianceId);
    expect(code(await t.gql(SETTINGS, { a: b.allianceId }, { token: a.backbone.token }))).toBe('NOT_FOUND');
    expect(code(await t.gql(UPDATE, { i: { allianceId: b.allianceId, version, smallNumberThreshold: 9 } }, { token: a.backbone.token }))).toBe('NOT_FOUND');
    expect((await stored(b.allianceId)).k).toBe(5);
  });
});
