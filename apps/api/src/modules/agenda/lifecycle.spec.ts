import { randomUUID } from 'node:crypto';
import { ALLIANCE_LIFECYCLES } from '@gemeinwerk/shared';
import { TestApp } from '../../test/test-app';
import { LIFECYCLE_TRANSITIONS } from './lifecycle.service';

const CHANGE = `mutation($i: ChangeAllianceLifecycleInput!) {
  changeAllianceLifecycle(input: $i) { alliance { id lifecycle version } warnings { code goalId goalTitle } } }`;
const CREATE_GOAL = `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`;

describe('alliance lifecycle', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
  const state = async (allianceId: string) => (await t.sql(`SELECT lifecycle, version FROM alliances WHERE id = $1`, [allianceId]))[0];
  const goalCount = async (allianceId: string) => (await t.sql(`SELECT count(*)::int AS n FROM goals WHERE alliance_id = $1`, [allianceId]))[0].n;

  it('follows the transition table: every allowed change works, every other one is INVALID_TRANSITION', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    expect(LIFECYCLE_TRANSITIONS).toEqual({
      FORMING: ['ACTIVE'],
      ACTIVE: ['CONCLUDED', 'RENEWED'],
      CONCLUDED: ['RENEWED'],
      RENEWED: ['ACTIVE', 'CONCLUDED'],
    });
    const allowed = new Set(['FORMING>ACTIVE', 'ACTIVE>CONCLUDED', 'ACTIVE>RENEWED', 'CONCLUDED>RENEWED', 'RENEWED>ACTIVE', 'RENEWED>CONCLUDED']);
    for (const from of ALLIANCE_LIFECYCLES) {
      for (const to of ALLIANCE_LIFECYCLES) {
        await t.sql(`UPDATE alliances SET lifecycle = $2 WHERE id = $1`, [allianceId, from]);
        const { version } = await state(allianceId);
        const goals = await goalCount(allianceId);
        const renewalGoal = to === 'RENEWED' ? { title: `Neues Ziel nach ${from}` } : undefined;
        const r = await t.gql(CHANGE, { i: { allianceId, version, to, renewalGoal } }, { token: backbone.token });
        if (allowed.has(`${from}>${to}`)) {
          expect({ from, to, errors: r.errors }).toEqual({ from, to, errors: undefined });
          expect(r.data.changeAllianceLifecycle.alliance).toEqual({ id: allianceId, lifecycle: to, version: version + 1 });
          expect(await goalCount(allianceId)).toBe(goals + (to === 'RENEWED' ? 1 : 0));
        } else {
          expect({ from, to, code: code(r) }).toEqual({ from, to, code: 'INVALID_TRANSITION' });
          expect(r.errors?.[0].extensions?.params).toEqual({ from, to });
          expect(await state(allianceId)).toEqual({ lifecycle: from, version });
          expect(await goalCount(allianceId)).toBe(goals);
        }
      }
    }
  });

  it('names the states in the refusal, in German and English', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const de = await t.gql(CHANGE, { i: { allianceId, version: 1, to: 'CONCLUDED' } }, { token: backbone.token });
    expect(de.errors?.[0].message).toBe('Der Wechsel von „In Gründung“ zu „Abgeschlossen“ ist nicht möglich.');
    const en = await t.gql(CHANGE, { i: { allianceId, version: 1, to: 'FORMING' } }, { token: backbone.token, lang: 'en' });
    expect(en.errors?.[0].message).toBe('Changing from “forming” to “forming” is not possible.');
  });

  it('renewing creates the new goal as an ACTIVE top-level goal in the same transaction; it needs one', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    await t.ok(CREATE_GOAL, { i: { allianceId, title: 'Altes Ziel', status: 'ACHIEVED' } }, { token: backbone.token });
    await t.sql(`UPDATE alliances SET lifecycle = 'CONCLUDED' WHERE id = $1`, [allianceId]);
    const { version } = await state(allianceId);

    const missing = await t.gql(CHANGE, { i: { allianceId, version, to: 'RENEWED' } }, { token: backbone.token });
    expect(code(missing)).toBe('VALIDATION_FAILED');
    expect(missing.errors?.[0].message).toBe('Bitte prüfen Sie Ihre Eingaben: renewalGoal (Pflichtfeld).');
    const blank = await t.gql(CHANGE, { i: { allianceId, version, to: 'RENEWED', renewalGoal: { title: '  ' } } }, { token: backbone.token });
    expect(code(blank)).toBe('VALIDATION_FAILED');
    expect(await state(allianceId)).toEqual({ lifecycle: 'CONCLUDED', version });

    const r = await t.ok(
      CHANGE,
      { i: { allianceId, version, to: 'RENEWED', renewalGoal: { title: 'Zweite Runde: Übergänge sichern', description: 'Bis 2030' } } },
      { token: backbone.token },
    );
    expect(r.changeAllianceLifecycle).toEqual({ alliance: { id: allianceId, lifecycle: 'RENEWED', version: version + 1 }, warnings: [] });
    const goals = await t.sql(`SELECT title, description, status, parent_id, position FROM goals WHERE alliance_id = $1 ORDER BY position`, [allianceId]);
    expect(goals).toEqual([
      { title: 'Altes Ziel', description: '', status: 'ACHIEVED', parent_id: null, position: 0 },
      { title: 'Zweite Runde: Übergänge sichern', description: 'Bis 2030', status: 'ACTIVE', parent_id: null, position: 1 },
    ]);
    const audit = await t.sql(
      `SELECT action, before, after FROM audit_events WHERE alliance_id = $1 AND action IN ('alliance.lifecycleChanged', 'goal.created') ORDER BY action`,
      [allianceId],
    );
    expect(audit.map((a) => a.action)).toEqual(['alliance.lifecycleChanged', 'goal.created', 'goal.created']);
    expect(audit[0].before).toEqual({ lifecycle: 'CONCLUDED', version });
    expect(audit[0].after).toEqual({ lifecycle: 'RENEWED', version: version + 1, renewalGoalId: expect.any(String) });

    // A renewal goal makes no sense for other changes: said clearly rather than ignored.
    const stray = await t.gql(CHANGE, { i: { allianceId, version: version + 1, to: 'ACTIVE', renewalGoal: { title: 'X' } } }, { token: backbone.token });
    expect(stray.errors?.[0].message).toBe('Bitte prüfen Sie Ihre Eingaben: renewalGoal (nur beim Erneuern des Bündnisses anzugeben).');
  });

  it('warns a goal-bound ALLIANCE about active and planned goals without a target on activation, without refusing', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const goal = async (title: string, status: string, parentId?: string) =>
      (await t.ok(CREATE_GOAL, { i: { allianceId, title, status, parentId } }, { token: backbone.token })).createGoal.id as string;
    const measured = await goal('Mit Zielwert', 'ACTIVE');
    const noTarget = await goal('Indikator ohne Zielwert', 'PLANNED');
    const sub = await goal('Unterziel ohne Indikator', 'ACTIVE', measured);
    await goal('Erreicht', 'ACHIEVED');
    await goal('Verworfen', 'DROPPED');
    const withTarget = randomUUID();
    const withoutTarget = randomUUID();
    for (const id of [withTarget, withoutTarget]) {
      await t.sql(
        `INSERT INTO indicators (alliance_id, id, name, direction, aggregation, frequency, rba_kind) VALUES ($1, $2, 'I', 'INCREASE', 'SUM', 'YEARLY', 'HOW_MUCH')`,
        [allianceId, id],
      );
    }
    await t.sql(`INSERT INTO targets (alliance_id, id, indicator_id, period_key, value) VALUES ($1, $2, $3, '2027', 120)`, [
      allianceId,
      randomUUID(),
      withTarget,
    ]);
    await t.sql(`INSERT INTO indicator_goals (alliance_id, indicator_id, goal_id) VALUES ($1, $2, $3), ($1, $4, $5)`, [
      allianceId,
      withTarget,
      measured,
      withoutTarget,
      noTarget,
    ]);

    const r = await t.ok(CHANGE, { i: { allianceId, version: 1, to: 'ACTIVE' } }, { token: backbone.token });
    expect(r.changeAllianceLifecycle.alliance.lifecycle).toBe('ACTIVE');
    expect(r.changeAllianceLifecycle.warnings).toEqual([
      { code: 'GOAL_WITHOUT_TARGET', goalId: sub, goalTitle: 'Unterziel ohne Indikator' },
      { code: 'GOAL_WITHOUT_TARGET', goalId: noTarget, goalTitle: 'Indikator ohne Zielwert' },
    ]);
  });

  it('does not ask a NETWORK or a COALITION for targets', async () => {
    for (const kind of ['NETWORK', 'COALITION']) {
      const { allianceId, backbone } = await t.allianceWithRoles();
      await t.sql(`UPDATE alliances SET kind = $2 WHERE id = $1`, [allianceId, kind]);
      await t.ok(CREATE_GOAL, { i: { allianceId, title: 'Austausch pflegen', status: 'ACTIVE' } }, { token: backbone.token });
      const r = await t.ok(CHANGE, { i: { allianceId, version: 1, to: 'ACTIVE' } }, { token: backbone.token });
      expect({ kind, warnings: r.changeAllianceLifecycle.warnings }).toEqual({ kind, warnings: [] });
    }
  });

  it('only the backbone changes the lifecycle; a stale version or a foreign alliance changes nothing', async () => {
    const a = await t.allianceWithRoles('Bündnis A');
    const b = await t.allianceWithRoles('Bündnis B');
    for (const who of [a.partner, a.funder, a.observer]) {
      const r = await t.gql(CHANGE, { i: { allianceId: a.allianceId, version: 1, to: 'ACTIVE' } }, { token: who.token });
      expect(code(r)).toBe('FORBIDDEN');
      expect(r.errors?.[0].message).toBe('Dafür fehlt Ihnen die Berechtigung: Rolle Geschäftsstelle.');
    }
    expect(await state(a.allianceId)).toEqual({ lifecycle: 'FORMING', version: 1 });

    await t.ok(CHANGE, { i: { allianceId: a.allianceId, version: 1, to: 'ACTIVE' } }, { token: a.backbone.token });
    const stale = await t.gql(
      CHANGE,
      { i: { allianceId: a.allianceId, version: 1, to: 'RENEWED', renewalGoal: { title: 'Veraltet' } } },
      { token: a.backbone.token },
    );
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/^Das Bündnis wurde inzwischen von jemand anderem geändert/);
    expect(await state(a.allianceId)).toEqual({ lifecycle: 'ACTIVE', version: 2 });
    expect(await goalCount(a.allianceId)).toBe(0);

    const foreign = await t.gql(CHANGE, { i: { allianceId: a.allianceId, version: 2, to: 'CONCLUDED' } }, { token: b.backbone.token });
    expect(code(foreign)).toBe('NOT_FOUND');
    expect(await state(a.allianceId)).toEqual({ lifecycle: 'ACTIVE', version: 2 });
  });
});
