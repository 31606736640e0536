import { TestApp } from './test-app';
it('an id argument that is not a UUID is NOT_FOUND, like an unknown id (found by the fuzz test)', async () => {
  const t = await TestApp.start();
  const { allianceId, backbone } = await t.allianceWithRoles();
  const r = await t.gql(`query($a: ID!, $p: ID!) { proposal(allianceId: $a, proposalId: $p) { id } }`, { a: allianceId, p: '{}' }, { token: backbone.token });
  expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect(r.errors?.[0].message).toBe('Der Eintrag wurde nicht gefunden.');
  await t.close();
});
