import { TestApp } from '../../test/test-app';
import { CREATE, DELETE, insertDistricts, insertGoal, insertIndicator, LIST, ONE, STATUS, UPDATE } from './activities.fixtures';

type Who = { token: string; membershipId?: string };

describe('activities', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
  const create = async (who: Who, allianceId: string, input: Record<string, unknown> = {}) =>
    (await t.ok(CREATE, { i: { allianceId, title: 'Bewerbungstraining', ...input } }, { token: who.token })).createActivity;
  const row = (id: string) =>
    t.sql(
      `SELECT title, status, version, (SELECT name FROM districts d WHERE d.alliance_id = a.alliance_id AND d.id = a.district_id) AS district FROM activities a WHERE id = $1`,
      [id],
    );
  const auditCount = async (allianceId: string) =>
    (await t.sql(`SELECT count(*)::int AS n FROM audit_events WHERE alliance_id = $1 AND entity_type = 'Activity'`, [allianceId]))[0].n;

  /** An alliance with every role, a second partner, a goal and an indicator. */
  async function world() {
    const w = await t.allianceWithRoles();
    const partner2 = await t.addMember(w.backbone.token, w.allianceId, 'PARTNER');
    const goalId = await insertGoal(t.sql.bind(t), w.allianceId, { title: 'Mehr Ausbildungsplätze' });
    const indicatorId = await insertIndicator(t.sql.bind(t), w.allianceId, 'Vermittelte Jugendliche');
    const districts = await insertDistricts(t.sql.bind(t), w.allianceId, ['Nord', 'Süd', 'Mitte']);
    return { ...w, partner2, goalId, indicatorId, districts };
  }

  it('a partner creates, reads, updates, advances and finally deletes its activity; every change is audited', async () => {
    const { allianceId, partner, goalId, indicatorId, districts } = await world();
    const goal2 = await insertGoal(t.sql.bind(t), allianceId, { title: 'Sprachförderung', position: 1 });
    const created = await create(partner, allianceId, {
      title: '  Bewerbungstraining  ',
      description: 'Jeden Dienstag',
      goalIds: [goalId, goalId],
      indicatorIds: [indicatorId],
      targetGroups: ['  Jugendliche ', 'jugendliche', 'Eltern'],
      districtId: districts.Nord,
      place: 'Jugendzentrum',
      latitude: 53.55,
      longitude: 9.99,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      resources: 'Zwei Fachkräfte, ein Raum',
      budgetEur: 12000.5,
      staffHoursPerMonth: 40,
    });
    expect(created).toMatchObject({
      membershipId: partner.membershipId,
      title: 'Bewerbungstraining',
      goals: [{ id: goalId, title: 'Mehr Ausbildungsplätze' }],
      indicators: [{ id: indicatorId, name: 'Vermittelte Jugendliche' }],
      targetGroups: ['Jugendliche', 'Eltern'],
      districtId: districts.Nord,
      district: 'Nord',
      latitude: 53.55,
      longitude: 9.99,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      status: 'PLANNED',
      budgetEur: 12000.5,
      staffHoursPerMonth: 40,
      version: 1,
    });
    expect((await t.ok(ONE, { a: allianceId, id: created.id }, { token: partner.token })).activity).toEqual(created);

    const updated = (
      await t.ok(
        UPDATE,
        {
          i: {
            allianceId,
            activityId: created.id,
            version: 1,
            title: 'Bewerbungstraining plus',
            latitude: null,
            longitude: null,
            goalIds: [goal2],
            periodEnd: null,
          },
        },
        { token: partner.token },
      )
    ).updateActivity;
    expect(updated).toMatchObject({
      title: 'Bewerbungstraining plus',
      latitude: null,
      longitude: null,
      periodEnd: null,
      goals: [{ id: goal2, title: 'Sprachförderung' }],
      indicators: [{ id: indicatorId }],
      targetGroups: ['Jugendliche', 'Eltern'],
      budgetEur: 12000.5,
      version: 2,
    });

    const running = await t.ok(STATUS, { i: { allianceId, activityId: created.id, status: 'RUNNING', version: 2 } }, { token: partner.token });
    expect(running.changeActivityStatus).toMatchObject({ status: 'RUNNING', version: 3 });
    const notDeletable = await t.gql(DELETE, { i: { allianceId, activityId: created.id, version: 3 } }, { token: partner.token });
    expect(code(notDeletable)).toBe('ACTIVITY_NOT_DELETABLE');
    expect(notDeletable.errors?.[0].message).toContain('„Abgesagt“');
    expect(notDeletable.errors?.[0].extensions?.params).toMatchObject({ status: 'RUNNING', suggestion: 'CANCELLED' });
    expect(await row(created.id)).toHaveLength(1);

    await t.ok(STATUS, { i: { allianceId, activityId: created.id, status: 'CANCELLED', version: 3 } }, { token: partner.token });
    expect((await t.ok(DELETE, { i: { allianceId, activityId: created.id, version: 4 } }, { token: partner.token })).deleteActivity).toBe(true);
    expect(await row(created.id)).toEqual([]);
    expect(
      await t.sql(`SELECT * FROM activity_goals WHERE activity_id = $1 UNION ALL SELECT * FROM activity_indicators WHERE activity_id = $1`, [created.id]),
    ).toEqual([]);
    const audit = await t.sql(`SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`, [created.id]);
    expect(audit.map((a) => a.action)).toEqual([
      'activity.created',
      'activity.updated',
      'activity.statusChanged',
      'activity.statusChanged',
      'activity.deleted',
    ]);
    expect(audit[1].before).toMatchObject({ title: 'Bewerbungstraining', goalIds: [goalId] });
    expect(audit[1].after).toMatchObject({ title: 'Bewerbungstraining plus', goalIds: [goal2], version: 2 });
  });

  it('refuses bad input with VALIDATION_FAILED naming the field, and changes nothing', async () => {
    const { allianceId, partner, districts } = await world();
    const bad: [Record<string, unknown>, string, string][] = [
      [{ title: '   ' }, 'title', 'required'],
      [{ targetGroups: Array.from({ length: 21 }, (_, i) => `Gruppe ${i}`) }, 'targetGroups', 'tooMany'],
      [{ targetGroups: ['Jugendliche', '  '] }, 'targetGroups', 'required'],
      [{ latitude: 53.5 }, 'longitude', 'coordinatesIncomplete'],
      [{ latitude: 91, longitude: 10 }, 'latitude', 'invalid'],
      [{ latitude: 50, longitude: -180.5 }, 'longitude', 'invalid'],
      [{ periodStart: '2025-06-01', periodEnd: '2025-05-31' }, 'periodEnd', 'beforeStart'],
      [{ periodStart: '2025-02-30' }, 'periodStart', 'invalid'],
      [{ budgetEur: -1 }, 'budgetEur', 'invalid'],
      [{ staffHoursPerMonth: -0.5 }, 'staffHoursPerMonth', 'invalid'],
      [{ goalIds: ['kein-ziel'] }, 'goalIds', 'invalid'],
      [{ districtId: 'Nord' }, 'districtId', 'invalid'],
    ];
    for (const [input, field, fieldCode] of bad) {
      const r = await t.gql(CREATE, { i: { allianceId, title: 'Kurs', ...input } }, { token: partner.token });
      expect([code(r), r.errors?.[0].extensions?.fields]).toEqual(['VALIDATION_FAILED', [{ field, code: fieldCode }]]);
    }
    const many = await t.gql(CREATE, { i: { allianceId, title: 'Kurs', targetGroups: Array(21).fill('a') } }, { token: partner.token, lang: 'en' });
    expect(many.data?.createActivity.targetGroups).toEqual(['a']); // 21 duplicates are one group
    const missing = await t.gql(CREATE, { i: { allianceId, title: '' } }, { token: partner.token, lang: 'en' });
    expect(missing.errors?.[0].message).toBe('Please check your input: title (required).');
    expect((await t.sql(`SELECT count(*)::int AS n FROM activities WHERE alliance_id = $1`, [allianceId]))[0].n).toBe(1);

    const a = await create(partner, allianceId, { latitude: 50, longitude: 8, periodStart: '2025-03-01' });
    const before = await row(a.id);
    const badUpdates: [Record<string, unknown>, string][] = [
      [{ title: null }, 'title'],
      [{ longitude: null }, 'longitude'],
      [{ periodEnd: '2025-02-28' }, 'periodEnd'],
      [{ targetGroups: [''] }, 'targetGroups'],
    ];
    for (const [patch, field] of badUpdates) {
      const r = await t.gql(UPDATE, { i: { allianceId, activityId: a.id, version: 1, districtId: districts['Süd'], ...patch } }, { token: partner.token });
      expect([code(r), (r.errors?.[0].extensions?.fields as { field: string }[])[0].field]).toEqual(['VALIDATION_FAILED', field]);
    }
    expect(await row(a.id)).toEqual(before);
    expect(await auditCount(allianceId)).toBe(2);
  });

  it('permission matrix: partners write only their own, the backbone writes all, funders and observers never', async () => {
    const { allianceId, backbone, partner, partner2, funder, observer } = await world();
    const own = await create(partner2, allianceId, { title: 'Lernpaten' });
    const input = (extra: Record<string, unknown>) => ({ allianceId, activityId: own.id, version: 1, ...extra });
    const attempts = [
      (tok: string, lang?: string) => t.gql(UPDATE, { i: input({ title: 'Übernommen' }) }, { token: tok, lang }),
      (tok: string, lang?: string) => t.gql(STATUS, { i: input({ status: 'RUNNING' }) }, { token: tok, lang }),
      (tok: string, lang?: string) => t.gql(DELETE, { i: input({}) }, { token: tok, lang }),
    ];
    for (const attempt of attempts) {
      const r = await attempt(partner.token);
      expect([code(r), r.errors?.[0].message]).toEqual([
        'FORBIDDEN',
        'Dafür fehlt Ihnen die Berechtigung: Aktivität der eigenen Organisation oder Rolle Geschäftsstelle.',
      ]);
      for (const guest of [funder, observer]) {
        const g = await attempt(guest.token, 'en');
        expect([code(g), g.errors?.[0].message]).toEqual(['FORBIDDEN', 'You lack the permission for this: backbone or partner role.']);
      }
    }
    for (const guest of [funder, observer]) {
      expect(code(await t.gql(CREATE, { i: { allianceId, title: 'Gast' } }, { token: guest.token }))).toBe('FORBIDDEN');
    }
    const foreignOwner = await t.gql(CREATE, { i: { allianceId, title: 'Für andere', membershipId: partner2.membershipId } }, { token: partner.token });
    expect(code(foreignOwner)).toBe('FORBIDDEN');
    expect(await row(own.id)).toEqual([{ title: 'Lernpaten', status: 'PLANNED', version: 1, district: null }]);
    expect((await t.sql(`SELECT count(*)::int AS n FROM activities WHERE alliance_id = $1`, [allianceId]))[0].n).toBe(1);
    expect(await auditCount(allianceId)).toBe(1);

    // The backbone edits any member's activity and creates for any active member, not for an invited one.
    expect((await t.ok(UPDATE, { i: input({ title: 'Lernpaten (GS)' }) }, { token: backbone.token })).updateActivity.version).toBe(2);
    expect((await t.ok(STATUS, { i: input({ status: 'CANCELLED', version: 2 }) }, { token: backbone.token })).changeActivityStatus.status).toBe('CANCELLED');
    expect((await t.ok(DELETE, { i: input({ version: 3 }) }, { token: backbone.token })).deleteActivity).toBe(true);
    const forPartner = await create(backbone, allianceId, { membershipId: partner.membershipId });
    expect(forPartner.membershipId).toBe(partner.membershipId);
    const forFunder = await create(backbone, allianceId, { membershipId: funder.membershipId });
    expect(forFunder.membershipId).toBe(funder.membershipId);
    await t.ok(
      `mutation($i: InviteOrganisationInput!) { inviteOrganisation(input: $i) { token } }`,
      { i: { allianceId, organisationName: 'Neuling', role: 'PARTNER', email: 'n@example.org' } },
      { token: backbone.token },
    );
    const [invited] = await t.sql(`SELECT m.id FROM memberships m WHERE m.alliance_id = $1 AND m.state = 'INVITED'`, [allianceId]);
    const r = await t.gql(CREATE, { i: { allianceId, title: 'Zu früh', membershipId: invited.id } }, { token: backbone.token });
    expect([code(r), r.errors?.[0].extensions?.fields]).toEqual(['VALIDATION_FAILED', [{ field: 'membershipId', code: 'memberNotActive' }]]);
    // A partner may still edit its own activity that the backbone created for it.
    expect(
      (await t.ok(UPDATE, { i: { allianceId, activityId: forPartner.id, version: 1, title: 'Selbst gepflegt' } }, { token: partner.token })).updateActivity
        .title,
    ).toBe('Selbst gepflegt');
  });

  it('backbone, partners and funders read activities; observers are refused', async () => {
    const { allianceId, backbone, partner, funder, observer, partner2 } = await world();
    const a = await create(partner2, allianceId);
    for (const who of [backbone, partner, funder]) {
      expect((await t.ok(LIST, { a: allianceId }, { token: who.token })).activities.totalCount).toBe(1);
      expect((await t.ok(ONE, { a: allianceId, id: a.id }, { token: who.token })).activity.id).toBe(a.id);
    }
    for (const query of [t.gql(LIST, { a: allianceId }, { token: observer.token }), t.gql(ONE, { a: allianceId, id: a.id }, { token: observer.token })]) {
      const r = await query;
      expect([code(r), r.errors?.[0].message]).toEqual(['FORBIDDEN', 'Dafür fehlt Ihnen die Berechtigung: Rolle Geschäftsstelle, Partner oder Förderer.']);
    }
  });

  it('a stale version is refused with CONFLICT and changes nothing', async () => {
    const { allianceId, partner, districts } = await world();
    const a = await create(partner, allianceId);
    await t.ok(UPDATE, { i: { allianceId, activityId: a.id, version: 1, districtId: districts.Mitte } }, { token: partner.token });
    const stale = [
      t.gql(UPDATE, { i: { allianceId, activityId: a.id, version: 1, title: 'Alt' } }, { token: partner.token }),
      t.gql(STATUS, { i: { allianceId, activityId: a.id, version: 1, status: 'RUNNING' } }, { token: partner.token }),
      t.gql(DELETE, { i: { allianceId, activityId: a.id, version: 1 } }, { token: partner.token }),
    ];
    for (const r of await Promise.all(stale)) expect(code(r)).toBe('CONFLICT');
    expect(await row(a.id)).toEqual([{ title: 'Bewerbungstraining', status: 'PLANNED', version: 2, district: 'Mitte' }]);
  });

  it("another alliance's goal, indicator, membership and activity ids are NOT_FOUND and change nothing", async () => {
    const A = await world();
    const B = await world();
    const aActivity = await create(A.partner, A.allianceId, { goalIds: [A.goalId] });
    const bActivity = await create(B.backbone, B.allianceId, { goalIds: [B.goalId] });
    const auditB = await auditCount(B.allianceId);
    const foreign: [Record<string, unknown>, string][] = [
      [{ goalIds: [B.goalId, A.goalId] }, 'LinkedGoal'],
      [{ indicatorIds: [A.indicatorId] }, 'LinkedIndicator'],
      [{ membershipId: A.partner.membershipId }, 'Membership'],
      [{ districtId: A.districts.Nord }, 'District'],
    ];
    for (const [input, entity] of foreign) {
      const r = await t.gql(CREATE, { i: { allianceId: B.allianceId, title: 'Fremd', ...input } }, { token: B.backbone.token });
      expect([code(r), r.errors?.[0].extensions?.params]).toEqual(['NOT_FOUND', { entity }]);
      if (entity !== 'Membership') {
        const u = await t.gql(UPDATE, { i: { allianceId: B.allianceId, activityId: bActivity.id, version: 1, ...input } }, { token: B.backbone.token });
        expect(code(u)).toBe('NOT_FOUND');
      }
    }
    const byId = { allianceId: B.allianceId, activityId: aActivity.id, version: 1 };
    for (const r of [
      await t.gql(UPDATE, { i: { ...byId, title: 'Gekapert' } }, { token: B.backbone.token }),
      await t.gql(STATUS, { i: { ...byId, status: 'CANCELLED' } }, { token: B.backbone.token }),
      await t.gql(DELETE, { i: byId }, { token: B.backbone.token }),
      await t.gql(ONE, { a: B.allianceId, id: aActivity.id }, { token: B.backbone.token }),
      await t.gql(ONE, { a: B.allianceId, id: 'not-a-uuid' }, { token: B.backbone.token }),
    ]) {
      expect([code(r), r.errors?.[0].extensions?.params]).toEqual(['NOT_FOUND', { entity: 'Activity' }]);
    }
    // Naming alliance A while being a member of B only is the same NOT_FOUND.
    expect(code(await t.gql(ONE, { a: A.allianceId, id: aActivity.id }, { token: B.backbone.token }))).toBe('NOT_FOUND');
    expect(await row(aActivity.id)).toEqual([{ title: 'Bewerbungstraining', status: 'PLANNED', version: 1, district: null }]);
    expect(await row(bActivity.id)).toEqual([{ title: 'Bewerbungstraining', status: 'PLANNED', version: 1, district: null }]);
    expect(await t.sql(`SELECT goal_id FROM activity_goals WHERE activity_id = $1`, [bActivity.id])).toEqual([{ goal_id: B.goalId }]);
    expect((await t.sql(`SELECT count(*)::int AS n FROM activities WHERE alliance_id = $1`, [B.allianceId]))[0].n).toBe(1);
    expect(await auditCount(B.allianceId)).toBe(auditB);
  });

  it('follows the status life cycle', async () => {
    const { allianceId, partner } = await world();
    const a = await create(partner, allianceId);
    const to = (status: string, version: number) => t.gql(STATUS, { i: { allianceId, activityId: a.id, status, version } }, { token: partner.token });
    expect(code(await to('COMPLETED', 1))).toBe('INVALID_TRANSITION');
    expect(code(await to('PLANNED', 1))).toBe('INVALID_TRANSITION');
    for (const [status, version] of [
      ['RUNNING', 1],
      ['PAUSED', 2],
      ['RUNNING', 3],
      ['COMPLETED', 4],
    ] as const) {
      expect(code(await to(status, version))).toBeUndefined();
    }
    for (const status of ['RUNNING', 'CANCELLED', 'PLANNED']) expect(code(await to(status, 5))).toBe('INVALID_TRANSITION');
    expect(code(await t.gql(DELETE, { i: { allianceId, activityId: a.id, version: 5 } }, { token: partner.token }))).toBe('ACTIVITY_NOT_DELETABLE');
    expect(await row(a.id)).toEqual([{ title: 'Bewerbungstraining', status: 'COMPLETED', version: 5, district: null }]);
  });

  it('lists page by page and filters by goal, member, status, district and target group', async () => {
    const { allianceId, backbone, partner, partner2, goalId, districts } = await world();
    await create(partner, allianceId, { title: 'A Lesecafé', goalIds: [goalId], districtId: districts.Nord, targetGroups: ['Kinder'] });
    await create(partner, allianceId, { title: 'B Hausaufgabenhilfe', districtId: districts['Süd'], targetGroups: ['Kinder', 'Eltern'], status: 'RUNNING' });
    await create(partner2, allianceId, { title: 'C Elterncafé', goalIds: [goalId], districtId: districts.Nord, targetGroups: ['ELTERN'] });
    await create(partner2, allianceId, { title: 'D Sprachkurs', status: 'RUNNING' });
    await create(backbone, allianceId, { title: 'E Netzwerktreffen' });

    const titles: string[] = [];
    let after: string | undefined;
    for (let pages = 1; ; pages++) {
      const p = (await t.ok(LIST, { a: allianceId, p: { first: 2, after } }, { token: partner.token })).activities;
      expect(p.totalCount).toBe(5);
      titles.push(...p.nodes.map((n: { title: string }) => n.title));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
      expect(pages).toBeLessThan(3);
    }
    expect(titles).toEqual(['A Lesecafé', 'B Hausaufgabenhilfe', 'C Elterncafé', 'D Sprachkurs', 'E Netzwerktreffen']);

    const filtered = async (f: Record<string, unknown>) =>
      (await t.ok(LIST, { a: allianceId, f }, { token: backbone.token })).activities.nodes.map((n: { title: string }) => n.title[0]).join('');
    expect(await filtered({ goalId })).toBe('AC');
    expect(await filtered({ membershipId: partner2.membershipId })).toBe('CD');
    expect(await filtered({ status: 'RUNNING' })).toBe('BD');
    expect(await filtered({ districtId: districts.Nord })).toBe('AC');
    expect(await filtered({ targetGroup: 'eltern' })).toBe('BC');
    expect(await filtered({ targetGroup: 'Kinder', districtId: districts['Süd'] })).toBe('B');
    expect(code(await t.gql(LIST, { a: allianceId, p: { first: 2, after: 'kaputt' } }, { token: partner.token }))).toBe('VALIDATION_FAILED');
  });

  it('searches title and description case-insensitively and literally, page by page, and never across alliances', async () => {
    const { allianceId, backbone, partner } = await world();
    const other = await t.allianceWithRoles('Anderes Bündnis');
    await create(partner, allianceId, { title: 'A Lesecafé', description: 'Vorlesen für Kinder' });
    await create(partner, allianceId, { title: 'B Hausaufgabenhilfe', description: 'Mit dem LESECAFÉ abgestimmt' });
    await create(partner, allianceId, { title: 'C Rabatt 50%', description: 'Pfad C:\\Daten' });
    await create(partner, allianceId, { title: 'D Rabatt 500', description: 'mit_unterstrich' });
    await create(partner, allianceId, { title: 'E Rabatt 5', description: 'mitxunterstrich' });
    await create(other.partner, other.allianceId, { title: 'F Lesecafé anderswo', description: 'Rabatt 50%' });

    const filtered = async (f: Record<string, unknown>, who = backbone) => {
      const list = (await t.ok(LIST, { a: allianceId, f }, { token: who.token })).activities;
      expect(list.totalCount).toBe(list.nodes.length);
      return list.nodes.map((n: { title: string }) => n.title[0]).join('');
    };
    expect(await filtered({ search: 'hausaufgaben' })).toBe('B');
    expect(await filtered({ search: 'vorlesen' })).toBe('A');
    expect(await filtered({ search: '  lesecafé ' })).toBe('AB');
    expect(await filtered({ search: 'LESECAFÉ' })).toBe('AB');
    expect(await filtered({ search: '50%' })).toBe('C');
    expect(await filtered({ search: 'mit_unter' })).toBe('D');
    expect(await filtered({ search: 'C:\\Daten' })).toBe('C');
    expect(await filtered({ search: '' })).toBe('ABCDE');
    expect(await filtered({ search: 'rabatt', membershipId: partner.membershipId })).toBe('CDE');
    expect(await filtered({ search: 'anderswo' })).toBe('');
    expect((await t.ok(LIST, { a: other.allianceId, f: { search: 'lesecafé' } }, { token: other.backbone.token })).activities.nodes).toEqual([
      expect.objectContaining({ title: 'F Lesecafé anderswo' }),
    ]);
    expect(code(await t.gql(LIST, { a: other.allianceId, f: { search: 'lesecafé' } }, { token: backbone.token }))).toBe('NOT_FOUND');

    const titles: string[] = [];
    let after: string | undefined;
    for (let pages = 1; ; pages++) {
      const p = (await t.ok(LIST, { a: allianceId, f: { search: 'rabatt' }, p: { first: 2, after } }, { token: partner.token })).activities;
      expect(p.totalCount).toBe(3);
      titles.push(...p.nodes.map((n: { title: string }) => n.title));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
      expect(pages).toBeLessThan(2);
    }
    expect(titles).toEqual(['C Rabatt 50%', 'D Rabatt 500', 'E Rabatt 5']);

    const tooLong = await t.gql(LIST, { a: allianceId, f: { search: 'x'.repeat(201) } }, { token: backbone.token });
    expect(code(tooLong)).toBe('VALIDATION_FAILED');
    expect(tooLong.errors?.[0].extensions?.fields).toEqual([{ field: 'search', code: 'tooLong' }]);
    expect(tooLong.errors?.[0].message).toContain('zu lang');
  });
});
