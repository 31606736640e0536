import { TestApp } from './test-app';
it('an id argument that is not a UUID is NOT_FOUND, like an unknown id (found by the fuzz test)', async () => {
  const t = await TestApp.start();
  const { allianceId, backbone } = await t.allianceWithRoles();
  const r = await t.gql(`query($a: ID!, $p: ID!) { proposal(allianceId: $a, proposalId: $p) { id } }`, { a: allianceId, p: '{}' }, { token: backbone.token });
  expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect(r.errors?.[0].message).toBe('Der Eintrag wurde nicht gefunden.');
  await t.close();
});

it('a filter id that is not a UUID is refused (NOT_FOUND, VALIDATION_FAILED) or matches nothing, never an internal error', async () => {
  const t = await TestApp.start();
  const { allianceId, backbone } = await t.allianceWithRoles();
  const bad = 'not-a-uuid';
  const lists: [string, Record<string, unknown>][] = [
    [`query($a: ID!, $f: MeasurementFilter) { measurements(allianceId: $a, filter: $f) { totalCount nodes { id } } }`, { reportingPeriodId: bad }],
    [`query($a: ID!, $f: MeasurementFilter) { measurements(allianceId: $a, filter: $f) { totalCount nodes { id } } }`, { indicatorId: bad, membershipId: bad }],
    [`query($a: ID!, $f: ActivityFilter) { activities(allianceId: $a, filter: $f) { totalCount nodes { id } } }`, { goalId: bad, membershipId: bad }],
    [`query($a: ID!, $f: LogFeedFilter) { logFeed(allianceId: $a, filter: $f) { totalCount nodes { id } } }`, { goalId: bad, membershipId: bad }],
    [`query($a: ID!, $f: AuditEventFilter) { auditEvents(allianceId: $a, filter: $f) { totalCount nodes { id } } }`, { entityId: bad }],
  ];
  for (const [query, filter] of lists) {
    const r = await t.gql(query, { a: allianceId, f: filter }, { token: backbone.token });
    const outcome = r.errors ? r.errors.map((e) => e.extensions?.code) : Object.values(r.data ?? {})[0];
    expect([['NOT_FOUND'], ['VALIDATION_FAILED'], { totalCount: 0, nodes: [] }]).toContainEqual(outcome);
  }
  await t.close();
});
