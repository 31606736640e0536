import { randomUUID } from 'node:crypto';
import { TestApp } from '../../test/test-app';
import { StaleSignups } from './stale-signups';

const REGISTER = `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) }`;

describe('sign-ups never confirmed are removed after a week', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
    await t.sql(`UPDATE platform_settings SET registration_open = true`);
  });
  afterAll(() => t.close());

  async function signUp(organisationName: string, daysAgo: number) {
    const email = `s-${randomUUID().slice(0, 8)}@example.org`;
    await t.ok(REGISTER, { i: { organisationName, organisationKind: 'NGO', name: 'Sina Sign-up', email, password: 'Ein-sicheres-Passwort-1' } });
    const [user] = await t.sql(`UPDATE users SET created_at = now() - $2 * interval '1 day' WHERE email = $1 RETURNING id`, [email, daysAgo]);
    const [link] = await t.sql(`SELECT organisation_id FROM user_organisations WHERE user_id = $1`, [user.id]);
    return { userId: user.id as string, organisationId: link.organisation_id as string, email };
  }
  const exists = async (table: 'users' | 'organisations', id: string) => (await t.sql(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length === 1;

  it('removes an unconfirmed account older than seven days with its organisation; keeps newer, confirmed and used ones', async () => {
    const stale = await signUp('Nie bestätigt e. V.', 8);
    const fresh = await signUp('Gerade angemeldet e. V.', 2);
    const confirmed = await signUp('Bestätigt e. V.', 30);
    await t.sql(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [confirmed.userId]);
    // An organisation that became a member after all (a platform admin made it a backbone): kept.
    const used = await signUp('Schon Mitglied e. V.', 30);
    const alliance = await t.createAlliance((await t.userWithToken()).token, 'Bündnis mit Mitglied');
    await t.sql(`INSERT INTO memberships (alliance_id, id, organisation_id, role, state) VALUES ($1, $2, $3, 'PARTNER', 'ACTIVE')`, [
      alliance,
      randomUUID(),
      used.organisationId,
    ]);

    const removed = await t.get(StaleSignups).run(new Date());
    expect(removed).toBe(1);
    expect([await exists('users', stale.userId), await exists('organisations', stale.organisationId)]).toEqual([false, false]);
    for (const kept of [fresh, confirmed, used])
      expect([await exists('users', kept.userId), await exists('organisations', kept.organisationId)]).toEqual([true, true]);
    // Its verification mail goes with it; a second run finds nothing.
    expect(await t.sql(`SELECT 1 FROM mail_outbox WHERE to_address = $1`, [stale.email])).toEqual([]);
    expect(await t.get(StaleSignups).run(new Date())).toBe(0);
  });

  it('asks for at least seven days whatever the caller passes: a fresh sign-up survives a cutoff of now', async () => {
    const fresh = await signUp('Heute angemeldet e. V.', 0);
    expect((await t.sql(`SELECT gw_remove_stale_signups(now() + interval '1 day') AS n`))[0].n).toBe(0);
    expect(await exists('users', fresh.userId)).toBe(true);
  });
});
