import { TestApp } from '../../test/test-app';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './demo.seed';

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('seeds the two German demo alliances once, with one login per role', async () => {
    expect(await seedDemo(t.databaseUrl)).toBe(true);
    expect(await seedDemo(t.databaseUrl)).toBe(false); // idempotent
    const expected: Record<string, [string, string][]> = {
      backbone: [['Bildungsbündnis Musterstadt', 'BACKBONE']],
      partner: [['Bildungsbündnis Musterstadt', 'PARTNER']],
      funder: [['Bildungsbündnis Musterstadt', 'FUNDER'], ['Klimaallianz Nordkreis', 'FUNDER']],
      observer: [['Bildungsbündnis Musterstadt', 'OBSERVER']],
      climateBackbone: [['Klimaallianz Nordkreis', 'BACKBONE']],
    };
    for (const [key, user] of Object.entries(DEMO_USERS)) {
      const token = await t.login(user.email, DEMO_PASSWORD);
      const d = await t.ok(`{ myAlliances { name myRole } }`, {}, { token });
      expect(d.myAlliances.map((a: any) => [a.name, a.myRole])).toEqual(expected[key]);
    }
    const token = await t.login(DEMO_USERS.backbone.email, DEMO_PASSWORD);
    const [{ id }] = (await t.ok(`{ myAlliances { id } }`, {}, { token })).myAlliances;
    const members = await t.ok(`query($id: ID!) { members(allianceId: $id) { role organisation { name } } }`, { id }, { token });
    expect(members.members).toHaveLength(8);
    expect(members.members.filter((m: any) => m.role === 'PARTNER')).toHaveLength(5);
  });
});
