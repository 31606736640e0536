import { createHash } from 'node:crypto';
import { AllianceSeed, insert } from './kit';

// Specs are written against DEMO_ANCHOR; every writer here moves them with `a.clock` as it inserts.

export interface GoalSpec {
  key: string;
  parent?: string;
  title: string;
  description: string;
  status: 'PLANNED' | 'ACTIVE' | 'ACHIEVED' | 'DROPPED';
  owner: string;
  start: string;
  end: string;
}

/** Goals in the given order (parents before children); position counts within the parent. */
export async function seedGoals(a: AllianceSeed, goals: GoalSpec[], createdOn: string): Promise<Record<string, string>> {
  const { clock } = a;
  const ids: Record<string, string> = {};
  const positions: Record<string, number> = {};
  for (const g of goals) ids[g.key] = a.rng.uuid();
  await insert(
    a.client,
    'goals',
    goals.map((g) => ({
      alliance_id: a.allianceId,
      id: ids[g.key],
      parent_id: g.parent ? ids[g.parent] : null,
      title: clock.text(g.title),
      description: clock.text(g.description),
      position: (positions[g.parent ?? ''] = (positions[g.parent ?? ''] ?? -1) + 1),
      status: g.status,
      owner_membership_id: a.members[g.owner],
      period_start: clock.month(g.start),
      period_end: clock.month(g.end),
      created_at: clock.at(createdOn),
      updated_at: clock.at(createdOn),
    })),
  );
  return ids;
}

export interface ActivitySpec {
  member: string;
  title: string;
  description: string;
  targetGroups: string[];
  district: string;
  place: string;
  start: string;
  end: string | null;
  status: 'PLANNED' | 'RUNNING' | 'PAUSED' | 'COMPLETED' | 'CANCELLED';
  goals: string[];
  indicators: string[];
  budgetEur?: number;
  staffHours?: number;
}

/**
 * The alliance's district list: every district an activity names, plus `more` (districts of the
 * area without an activity yet). Ids are derived from alliance and name, not drawn from the seed's
 * random sequence, so adding a district moves no other demo value.
 */
async function seedDistricts(a: AllianceSeed, names: string[]): Promise<Record<string, string>> {
  const id = (name: string) => {
    const h = createHash('sha256').update(`${a.allianceId}/district/${name}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  const ids = Object.fromEntries([...new Set(names)].sort((x, y) => x.localeCompare(y, 'de')).map((n) => [n, id(n)]));
  await insert(
    a.client,
    'districts',
    Object.entries(ids).map(([name, districtId]) => ({
      alliance_id: a.allianceId,
      id: districtId,
      name,
      created_at: a.clock.at('2024-01-15'),
      updated_at: a.clock.at('2024-01-15'),
    })),
  );
  return ids;
}

export async function seedActivities(
  a: AllianceSeed,
  list: ActivitySpec[],
  goalIds: Record<string, string>,
  indicatorIds: Record<string, string>,
  moreDistricts: string[] = [],
): Promise<void> {
  const { clock } = a;
  const districts = await seedDistricts(a, [...list.map((x) => x.district), ...moreDistricts]);
  const ids = list.map(() => a.rng.uuid());
  await insert(
    a.client,
    'activities',
    list.map((x, i) => ({
      alliance_id: a.allianceId,
      id: ids[i],
      membership_id: a.members[x.member],
      title: clock.text(x.title),
      description: clock.text(x.description),
      target_groups: x.targetGroups,
      district_id: districts[x.district],
      place: x.place,
      period_start: clock.date(x.start),
      period_end: x.end && clock.date(x.end),
      status: x.status,
      resources: x.staffHours ? `${x.staffHours} Stunden Fachpersonal im Monat` : '',
      budget_eur: x.budgetEur ?? null,
      staff_hours_per_month: x.staffHours ?? null,
      created_at: clock.at(x.start < '2024-01-15' ? '2024-01-15' : x.start),
      updated_at: clock.at(x.start < '2024-01-15' ? '2024-01-15' : x.start),
    })),
  );
  await insert(
    a.client,
    'activity_goals',
    list.flatMap((x, i) => x.goals.map((g) => ({ alliance_id: a.allianceId, activity_id: ids[i], goal_id: goalIds[g] }))),
  );
  await insert(
    a.client,
    'activity_indicators',
    list.flatMap((x, i) => x.indicators.map((c) => ({ alliance_id: a.allianceId, activity_id: ids[i], indicator_id: indicatorIds[c] }))),
  );
}

export interface LogSpec {
  key?: string;
  type: 'MEETING' | 'DECISION' | 'UPDATE' | 'CONFLICT' | 'ANNOUNCEMENT';
  on: string;
  title: string;
  body: string;
  author: string;
  participants?: string[];
  goals?: string[];
  indicators?: string[];
  /** CONFLICT only: the resolution (resolved) or nothing (still open). */
  resolution?: [text: string, on: string];
  comments?: [member: string, body: string][];
  actions?: { title: string; owner: string; due: string | null; doneOn?: string }[];
}

/** Log entries with participants, links, comments and action items; returns ids by key. */
export async function seedLog(
  a: AllianceSeed,
  list: LogSpec[],
  goalIds: Record<string, string>,
  indicatorIds: Record<string, string>,
): Promise<Record<string, string>> {
  const { clock } = a;
  const at = clock.at.bind(clock);
  const ids = list.map(() => a.rng.uuid());
  const byKey: Record<string, string> = {};
  const base = { alliance_id: a.allianceId };
  await insert(
    a.client,
    'log_entries',
    list.map((e, i) => {
      if (e.key) byKey[e.key] = ids[i];
      const conflict = e.type === 'CONFLICT';
      return {
        ...base,
        id: ids[i],
        type: e.type,
        title: clock.text(e.title),
        body: clock.text(e.body),
        occurred_on: clock.date(e.on),
        author_user_id: a.actors[e.author],
        author_membership_id: a.members[e.author],
        conflict_state: conflict ? (e.resolution ? 'RESOLVED' : 'OPEN') : null,
        resolution: conflict && e.resolution ? clock.text(e.resolution[0]) : null,
        resolved_at: conflict && e.resolution ? at(e.resolution[1]) : null,
        version: conflict && e.resolution ? 2 : 1,
        created_at: at(e.on, 17),
        updated_at: at(e.resolution?.[1] ?? e.on, 17),
      };
    }),
  );
  await insert(
    a.client,
    'log_entry_participants',
    list.flatMap((e, i) => (e.participants ?? []).map((m) => ({ ...base, log_entry_id: ids[i], membership_id: a.members[m] }))),
  );
  await insert(
    a.client,
    'log_entry_goals',
    list.flatMap((e, i) => (e.goals ?? []).map((g) => ({ ...base, log_entry_id: ids[i], goal_id: goalIds[g] }))),
  );
  await insert(
    a.client,
    'log_entry_indicators',
    list.flatMap((e, i) => (e.indicators ?? []).map((c) => ({ ...base, log_entry_id: ids[i], indicator_id: indicatorIds[c] }))),
  );
  await insert(
    a.client,
    'comments',
    list.flatMap((e, i) =>
      (e.comments ?? []).map(([m, body], n) => ({
        ...base,
        id: a.rng.uuid(),
        log_entry_id: ids[i],
        author_user_id: a.actors[m],
        author_membership_id: a.members[m],
        body: clock.text(body),
        created_at: at(e.on, 18 + n),
      })),
    ),
  );
  await insert(
    a.client,
    'action_items',
    list.flatMap((e, i) =>
      (e.actions ?? []).map((x) => ({
        ...base,
        id: a.rng.uuid(),
        log_entry_id: ids[i],
        title: clock.text(x.title),
        owner_membership_id: a.members[x.owner],
        owner_user_id: a.actors[x.owner],
        due_on: x.due && clock.date(x.due),
        done_at: x.doneOn ? at(x.doneOn, 15) : null,
        done_by_user_id: x.doneOn ? a.actors[x.owner] : null,
        created_by_user_id: a.backboneUser,
        version: x.doneOn ? 2 : 1,
        created_at: at(e.on, 17),
      })),
    ),
  );
  return byKey;
}
