import { randomUUID } from 'node:crypto';
import { TestApp } from '../../test/test-app';
import { maskEmail } from './members.service';

const SEARCH = `query($id: ID!, $q: String!, $first: Int) { organisationSearch(allianceId: $id, query: $q, first: $first) { id name city membershipState } }`;
const INVITE = `mutation($i: InviteOrganisationInput!) { inviteOrganisation(input: $i) { token invitation { id } } }`;
const PREVIEW = `query($token: String!) { invitationPreview(token: $token) { allianceName invitedByOrganisation organisationName role emailHint expiresAt state } }`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { allianceId } }`;
const REVOKE = `mutation($i: RevokeInvitationInput!) { revokeInvitation(input: $i) }`;

describe('organisation search for invitations', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('finds organisations by part of the name, case-insensitive, with their state in this alliance', async () => {
    const tag = randomUUID().slice(0, 6);
    const { allianceId, backbone } = await t.allianceWithRoles(`Suche ${tag}`);
    const fresh = await t.createUser({ organisationName: `Kinderhaus ${tag} Nord` });
    await t.createUser({ organisationName: `Stadtbibliothek ${tag}` });
    const invited = await t.createUser({ organisationName: `Kinderhaus ${tag} Süd` });
    const hidden = await t.createUser({ organisationName: `Kinderhaus ${tag} West` });
    await t.sql(`UPDATE organisations SET findable = true, city = 'Musterstadt' WHERE id = ANY($1)`, [[fresh.organisationId, invited.organisationId]]);
    await t.sql(`UPDATE organisations SET findable = true WHERE name LIKE $1`, [`Stadtbibliothek ${tag}`]);
    await t.ok(INVITE, { i: { allianceId, organisationId: invited.organisationId, role: 'PARTNER' } }, { token: backbone.token });

    const found = (await t.ok(SEARCH, { id: allianceId, q: `KINDERHAUS ${tag}` }, { token: backbone.token })).organisationSearch;
    // "West" did not opt in to being findable: it is not listed.
    expect(found).toEqual([
      { id: fresh.organisationId, name: `Kinderhaus ${tag} Nord`, city: 'Musterstadt', membershipState: null },
      { id: invited.organisationId, name: `Kinderhaus ${tag} Süd`, city: 'Musterstadt', membershipState: 'INVITED' },
    ]);
    expect(JSON.stringify(found)).not.toContain(hidden.organisationId);
    const active = (await t.ok(SEARCH, { id: allianceId, q: `Geschäftsstelle Suche ${tag}` }, { token: backbone.token })).organisationSearch;
    expect(active).toEqual([expect.objectContaining({ membershipState: 'ACTIVE' })]);
    // Wildcards are text, not patterns.
    expect((await t.ok(SEARCH, { id: allianceId, q: '%%' }, { token: backbone.token })).organisationSearch).toEqual([]);
    expect((await t.ok(SEARCH, { id: allianceId, q: `${tag}`, first: 2 }, { token: backbone.token })).organisationSearch).toHaveLength(2);
  });

  it('is for the backbone only', async () => {
    const { allianceId, partner, funder, observer } = await t.allianceWithRoles();
    for (const who of [partner, funder, observer]) {
      const r = await t.gql(SEARCH, { id: allianceId, q: 'Org' }, { token: who.token });
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(r.data?.organisationSearch ?? r.data?.invitationPreview ?? null).toBeNull();
    }
    expect((await t.gql(SEARCH, { id: allianceId, q: 'Org' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows membership of the named alliance only, and refuses a foreign alliance', async () => {
    const tag = randomUUID().slice(0, 6);
    const a = await t.allianceWithRoles(`A ${tag}`);
    const b = await t.allianceWithRoles(`B ${tag}`);
    await t.sql(`UPDATE organisations SET findable = true WHERE name = $1`, [`Geschäftsstelle B ${tag}`]);
    // B's backbone organisation is ACTIVE in B, unknown to A.
    const inA = (await t.ok(SEARCH, { id: a.allianceId, q: `Geschäftsstelle B ${tag}` }, { token: a.backbone.token })).organisationSearch;
    expect(inA).toEqual([expect.objectContaining({ name: `Geschäftsstelle B ${tag}`, membershipState: null })]);
    const foreign = await t.gql(SEARCH, { id: b.allianceId, q: 'Geschäftsstelle' }, { token: a.backbone.token });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses too short, too long and over-limit queries', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    for (const [q, first, field] of [
      [' a ', 10, 'query'],
      ['x'.repeat(101), 10, 'query'],
      ['Org', 21, 'first'],
      ['Org', 0, 'first'],
    ] as const) {
      const r = await t.gql(SEARCH, { id: allianceId, q, first }, { token: backbone.token });
      expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      expect(r.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field })]);
    }
  });
});

describe('invitation preview', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('shows the holder of a link what it is for, without logging in', async () => {
    const backbone = await t.userWithToken({ organisationName: 'Bildungsbüro Vorschau' });
    const allianceId = await t.createAlliance(backbone.token, 'Bündnis Vorschau');
    const inv = await t.ok(
      INVITE,
      { i: { allianceId, organisationName: 'Musikschule', role: 'PARTNER', email: 'leitung@musikschule.example' } },
      { token: backbone.token },
    );
    const token = inv.inviteOrganisation.token;
    const { invitationPreview } = await t.ok(PREVIEW, { token });
    expect(invitationPreview).toEqual({
      allianceName: 'Bündnis Vorschau',
      invitedByOrganisation: 'Bildungsbüro Vorschau',
      organisationName: 'Musikschule',
      role: 'PARTNER',
      emailHint: 'l…@musikschule.example',
      expiresAt: expect.any(String),
      state: 'OPEN',
    });
    await t.ok(ACCEPT, { i: { token, name: 'Lea Leitung', password: 'ein-gutes-passwort' } });
    expect((await t.ok(PREVIEW, { token })).invitationPreview.state).toBe('ACCEPTED');
  });

  it('gives one translated answer for unknown, foreign, forged, revoked and expired links', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const revoked = await t.ok(
      INVITE,
      { i: { allianceId, organisationName: 'Zurückgezogen', role: 'PARTNER', email: 'r@example.org' } },
      { token: backbone.token },
    );
    await t.ok(REVOKE, { i: { allianceId, invitationId: revoked.inviteOrganisation.invitation.id } }, { token: backbone.token });
    const expired = await t.ok(
      INVITE,
      { i: { allianceId, organisationName: 'Abgelaufen', role: 'PARTNER', email: 'e@example.org' } },
      { token: backbone.token },
    );
    await t.sql(`UPDATE invitations SET expires_at = now() - interval '1 day' WHERE id = $1`, [expired.inviteOrganisation.invitation.id]);
    const other = await t.allianceWithRoles('Anderes Bündnis');
    const foreign = await t.ok(
      INVITE,
      { i: { allianceId: other.allianceId, organisationName: 'Fremd', role: 'PARTNER', email: 'f@example.org' } },
      { token: other.backbone.token },
    );
    const secret = foreign.inviteOrganisation.token.split('.')[1];

    for (const token of [
      revoked.inviteOrganisation.token,
      expired.inviteOrganisation.token,
      `${allianceId}.${secret}`,
      `${randomUUID()}.abcdefghijkl`,
      'garbage',
      'x'.repeat(500),
    ]) {
      const r = await t.gql(PREVIEW, { token });
      expect(r.errors?.[0].extensions?.code).toBe('INVITATION_INVALID');
      expect(r.errors?.[0].message).toBe('Diese Einladung ist ungültig, abgelaufen oder bereits angenommen.');
      expect(r.data?.organisationSearch ?? r.data?.invitationPreview ?? null).toBeNull();
    }
    const en = await t.gql(PREVIEW, { token: 'garbage' }, { lang: 'en' });
    expect(en.errors?.[0].message).toBe('This invitation is invalid, has expired or was already accepted.');
  });

  it('masks the invited address', () => {
    expect(maskEmail('kim.kurs@vhs.example')).toBe('k…@vhs.example');
    expect(maskEmail('broken')).toBe('…');
  });
});

describe('invitation preview throttling', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ADDRESS: '3' })));
  afterAll(() => t.close());

  it('slows down guessing: failed look-ups count against the address like failed logins', async () => {
    const backbone = await t.userWithToken();
    const allianceId = await t.createAlliance(backbone.token);
    const inv = await t.ok(INVITE, { i: { allianceId, organisationName: 'Echt', role: 'PARTNER', email: 'echt@example.org' } }, { token: backbone.token });
    for (let i = 0; i < 3; i++)
      expect((await t.gql(PREVIEW, { token: `${allianceId}.guess-${i}-xxxxxxxx` })).errors?.[0].extensions?.code).toBe('INVITATION_INVALID');
    const blocked = await t.gql(PREVIEW, { token: inv.inviteOrganisation.token });
    expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0].message).toMatch(/Bitte warten Sie \d+ Sekunden/);
  });
});
