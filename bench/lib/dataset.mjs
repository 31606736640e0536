import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import copyStreams from 'pg-copy-streams';
import { KIND, prng, sha256, tokenOf, uuid } from './ids.mjs';
import { BULK_MONTHS, FEATURED, FUNDED_ALLIANCES, OPEN_MONTHS, PER_ALLIANCE, SIZES, indicatorKind, monthRange, monthsFrom } from './shape.mjs';

const N = '\\N';
const DISTRICTS = ['Mitte', 'Nord', 'Süd', 'Ost', 'West', 'Altstadt', 'Hafen', 'Neustadt'];
const LOG_TYPES = ['MEETING', 'DECISION', 'UPDATE', 'UPDATE', 'ANNOUNCEMENT', 'MEETING'];

/** COPY one table from a generator of row arrays (text format, values never contain tabs or newlines). */
async function copy(client, table, columns, rows) {
  const stream = client.query(copyStreams.from(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  async function* chunks() {
    let buf = '';
    let n = 0;
    for (const r of rows) {
      buf += r.map((v) => (v === null || v === undefined ? N : String(v))).join('\t') + '\n';
      if (++n % 5000 === 0) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  }
  await pipeline(Readable.from(chunks()), stream);
}

/** Ids of the fixed actors: users, sessions and the shared funder organisation. */
export function actors(seed) {
  const roles = ['backbone', 'funder', 'partner', 'observer'];
  return Object.fromEntries(
    roles.map((role, i) => [role, { userId: uuid(KIND.user, i + 1), sessionId: uuid(KIND.session, i + 1), token: tokenOf(role, seed) }]),
  );
}

const FUNDER_ORG = uuid(KIND.organisation, 0);
const orgId = (a, k) => uuid(KIND.organisation, 1 + a * PER_ALLIANCE.organisations + k);
const membershipId = (a, k) => uuid(KIND.membership, a * 100 + k);
const indicatorId = (a, i) => uuid(KIND.indicator, a * 100 + i);
const periodId = (a, p) => uuid(KIND.period, a * 100 + p);
const goalId = (a, g) => uuid(KIND.goal, a * 100 + g);

/**
 * Memberships: 0 backbone, 1…8 reporting partners, 9 funder (the shared funder organisation in
 * the first 20 alliances), then observers and non-reporting partners up to 20 in the others.
 */
function memberships(a) {
  const out = [];
  const count = a === 0 ? 11 : PER_ALLIANCE.organisations;
  for (let k = 0; k < count; k++) {
    const role = k === 0 ? 'BACKBONE' : k <= 8 ? 'PARTNER' : k === 9 ? 'FUNDER' : k === 10 ? 'OBSERVER' : k < 16 ? 'PARTNER' : 'OBSERVER';
    const org = k === 9 && a < FUNDED_ALLIANCES ? FUNDER_ORG : orgId(a, k);
    // Partners 11…15 of the other alliances have left: they exist but are not expected to report.
    const state = a > 0 && k >= 11 && k < 16 ? 'LEFT' : 'ACTIVE';
    out.push({ id: membershipId(a, k), k, role, org, state });
  }
  return out;
}

/** Months of an alliance's reporting periods; the featured one has 36, the others 25, plus the bulk months. */
function monthsOf(a) {
  const months = a === 0 ? monthsFrom(FEATURED.firstYear, 1, FEATURED.months) : monthsFrom(2024, 12, PER_ALLIANCE.periods);
  return a === 0 ? [...months, ...BULK_MONTHS] : months;
}

function value(rng, aggregation) {
  switch (aggregation) {
    case 'SUM':
      return { value: rng.int(20, 200) };
    case 'AVERAGE':
      return { value: rng.int(10, 100) / 10 };
    case 'LATEST':
      return { value: rng.int(100, 1000) };
    default: {
      const numerator = rng.int(10, 100);
      const denominator = numerator + rng.int(0, 100);
      return { value: Math.round((numerator / denominator) * 1e6) / 1e6, numerator, denominator };
    }
  }
}

/** Status of member k's value in a month: closed months approved (a few missing), open ones partly. */
function statusOf(rng, a, month, k) {
  const open = OPEN_MONTHS.indexOf(month);
  if (open < 0) return rng() < 0.97 ? 'APPROVED' : null;
  if (a === 0) {
    if (open === 0) return k <= 6 ? 'APPROVED' : k === 7 ? 'SUBMITTED' : null;
    return k === 1 ? 'APPROVED' : k <= 4 ? 'SUBMITTED' : k === 5 ? 'DRAFT' : null;
  }
  const r = rng();
  return r < 0.5 ? 'APPROVED' : r < 0.75 ? 'SUBMITTED' : r < 0.9 ? 'DRAFT' : null;
}

function iso(date) {
  return date.toISOString();
}

/** Everything one alliance needs, generated from its own PRNG so tables can be produced one at a time. */
function* measurementsOf(seed, a, users, extras) {
  const rng = prng(seed * 7919 + a);
  const months = monthsOf(a).filter((m) => !BULK_MONTHS.includes(m));
  const monthIndex = new Map(monthsOf(a).map((m, p) => [m, p]));
  let n = a * 100000;
  for (let i = 0; i < PER_ALLIANCE.indicators; i++) {
    const { aggregation } = indicatorKind(i);
    for (const month of months) {
      const p = monthIndex.get(month);
      const cell = [];
      for (let k = 1; k <= PER_ALLIANCE.reporters; k++) {
        const status = statusOf(rng, a, month, k);
        const v = value(rng, aggregation);
        if (!status) continue;
        const id = uuid(KIND.measurement, n++);
        const { endsOn } = monthRange(month);
        const submitted = new Date(`${endsOn}T08:00:00Z`);
        submitted.setUTCMinutes(rng.int(0, 60 * 24 * 10));
        const reviewed = status === 'APPROVED' ? new Date(submitted.getTime() + rng.int(60, 60 * 24 * 5) * 60000) : null;
        const isSubmitted = status !== 'DRAFT';
        cell.push({ id, k, ...v, status });
        yield [
          a && uuid(KIND.alliance, a),
          id,
          indicatorId(a, i),
          membershipId(a, k),
          periodId(a, p),
          month,
          v.value,
          v.numerator ?? null,
          v.denominator ?? null,
          '',
          status,
          isSubmitted ? users.partner : null,
          isSubmitted ? iso(submitted) : null,
          reviewed ? users.backbone : null,
          reviewed ? iso(reviewed) : null,
          1,
          iso(submitted),
          iso(reviewed ?? submitted),
        ];
      }
      if (extras && aggregation === 'SUM') extras(rng, i, month, cell);
    }
  }
}

/**
 * Generates and loads the whole dataset. FK triggers are off during the load
 * (session_replication_role = replica, as the owner): the rows are consistent by construction.
 */
export async function generate(client, { size, seed, log = console.log }) {
  const A = SIZES[size].alliances;
  const act = actors(seed);
  const users = { backbone: act.backbone.userId, partner: act.partner.userId };
  const alliances = [...Array(A).keys()];
  const allianceId = (a) => uuid(KIND.alliance, a);
  const t0 = Date.now();
  const step = async (name, fn) => {
    const t = Date.now();
    await fn();
    log(`  ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await client.query('SET session_replication_role = replica');

  await step('organisations, users, sessions', async () => {
    await copy(
      client,
      'organisations',
      ['id', 'name', 'kind', 'city'],
      (function* () {
        yield [FUNDER_ORG, 'Stiftung Bench (Förderer)', 'FOUNDATION', 'Berlin'];
        for (const a of alliances) {
          for (let k = 0; k < PER_ALLIANCE.organisations; k++) {
            yield [orgId(a, k), `Organisation ${a}-${k}`, k % 5 === 0 ? 'PUBLIC_BODY' : 'NGO', DISTRICTS[k % DISTRICTS.length]];
          }
        }
      })(),
    );
    const now = new Date();
    const later = new Date(now.getTime() + 7 * 24 * 3600e3);
    await copy(
      client,
      'users',
      ['id', 'email', 'name', 'password_hash', 'locale'],
      Object.entries(act).map(([role, u]) => [u.userId, `${role}@bench.invalid`, `Bench ${role}`, 'x', 'de']),
    );
    await copy(
      client,
      'sessions',
      ['id', 'user_id', 'token_hash', 'last_seen_at', 'expires_at'],
      Object.values(act).map((u) => [u.sessionId, u.userId, sha256(u.token), iso(now), iso(later)]),
    );
    await copy(
      client,
      'user_organisations',
      ['user_id', 'organisation_id'],
      [
        [act.backbone.userId, orgId(0, 0)],
        [act.partner.userId, orgId(0, 1)],
        [act.funder.userId, FUNDER_ORG],
        [act.observer.userId, orgId(0, 10)],
      ],
    );
  });

  await step('alliances, memberships, seats, goals, indicators, targets, periods', async () => {
    await copy(
      client,
      'alliances',
      ['id', 'name', 'kind', 'lifecycle', 'period_start', 'period_end'],
      alliances.map((a) => [allianceId(a), a === 0 ? 'Bündnis Bench (featured)' : `Bündnis ${a}`, 'ALLIANCE', 'ACTIVE', '2024-01-01', '2027-12-31']),
    );
    await copy(
      client,
      'memberships',
      ['alliance_id', 'id', 'organisation_id', 'role', 'state', 'joined_at', 'left_at'],
      (function* () {
        for (const a of alliances)
          for (const m of memberships(a))
            yield [allianceId(a), m.id, m.org, m.role, m.state, '2024-01-01T00:00:00Z', m.state === 'LEFT' ? '2025-06-01T00:00:00Z' : null];
      })(),
    );
    let seat = 0;
    await copy(
      client,
      'alliance_seats',
      ['alliance_id', 'id', 'membership_id', 'user_id', 'is_admin'],
      (function* () {
        yield [allianceId(0), uuid(KIND.seat, seat++), membershipId(0, 0), act.backbone.userId, true];
        yield [allianceId(0), uuid(KIND.seat, seat++), membershipId(0, 1), act.partner.userId, false];
        yield [allianceId(0), uuid(KIND.seat, seat++), membershipId(0, 10), act.observer.userId, false];
        for (const a of alliances.slice(0, FUNDED_ALLIANCES)) yield [allianceId(a), uuid(KIND.seat, seat++), membershipId(a, 9), act.funder.userId, false];
      })(),
    );
    await copy(
      client,
      'goals',
      ['alliance_id', 'id', 'title', 'position', 'status'],
      (function* () {
        for (const a of alliances)
          for (let g = 0; g < PER_ALLIANCE.goals; g++) yield [allianceId(a), goalId(a, g), `Ziel ${g + 1}`, g, g < 8 ? 'ACTIVE' : 'PLANNED'];
      })(),
    );
    await copy(
      client,
      'indicators',
      [
        'alliance_id',
        'id',
        'code',
        'name',
        'unit',
        'direction',
        'aggregation',
        'frequency',
        'rba_kind',
        'baseline_value',
        'baseline_period',
        'numerator_label',
        'denominator_label',
        'decimals',
        'status',
      ],
      (function* () {
        for (const a of alliances) {
          for (let i = 0; i < PER_ALLIANCE.indicators; i++) {
            const { aggregation, direction } = indicatorKind(i);
            const ratio = aggregation === 'RATIO';
            yield [
              allianceId(a),
              indicatorId(a, i),
              `I-${String(i + 1).padStart(2, '0')}`,
              `Indikator ${i + 1}`,
              ratio ? '%' : 'Personen',
              direction,
              aggregation,
              'MONTHLY',
              ratio ? 'HOW_WELL' : 'HOW_MUCH',
              i % 3 === 0 ? 100 : null,
              i % 3 === 0 ? '2023' : null,
              ratio ? 'Erreicht' : null,
              ratio ? 'Gesamt' : null,
              aggregation === 'AVERAGE' || ratio ? 2 : 0,
              'ACTIVE',
            ];
          }
        }
      })(),
    );
    let target = 0;
    await copy(
      client,
      'targets',
      ['alliance_id', 'id', 'indicator_id', 'period_key', 'value'],
      (function* () {
        for (const a of alliances) {
          for (let i = 0; i < PER_ALLIANCE.indicators; i++) {
            const { aggregation } = indicatorKind(i);
            const base = aggregation === 'SUM' ? 800 : aggregation === 'AVERAGE' ? 6 : aggregation === 'LATEST' ? 600 : 0.6;
            for (const y of ['2024', '2025', '2026'])
              yield [allianceId(a), uuid(KIND.target, target++), indicatorId(a, i), y, base * (1 + (Number(y) - 2024) * 0.1)];
            if (a === 0 && i < 10) yield [allianceId(a), uuid(KIND.target, target++), indicatorId(a, i), '2026-Q4', base * 1.25];
          }
        }
      })(),
    );
    await copy(
      client,
      'reporting_periods',
      [
        'alliance_id',
        'id',
        'frequency',
        'period_key',
        'starts_on',
        'ends_on',
        'due_on',
        'state',
        'opened_by_user_id',
        'opened_at',
        'closed_by_user_id',
        'closed_at',
      ],
      (function* () {
        for (const a of alliances) {
          for (const [p, month] of monthsOf(a).entries()) {
            const { startsOn, endsOn } = monthRange(month);
            const open = OPEN_MONTHS.includes(month) || BULK_MONTHS.includes(month);
            yield [
              allianceId(a),
              periodId(a, p),
              'MONTHLY',
              month,
              startsOn,
              endsOn,
              endsOn,
              open ? 'OPEN' : 'CLOSED',
              users.backbone,
              `${startsOn}T00:00:00Z`,
              open ? null : users.backbone,
              open ? null : `${endsOn}T23:00:00Z`,
            ];
          }
        }
      })(),
    );
  });

  // The featured alliance's overlaps and breakdowns, collected while its measurements stream.
  const overlaps = [];
  const parts = [];
  const dims = [
    { id: uuid(KIND.dimension, 1), name: 'Geschlecht', cats: ['weiblich', 'männlich', 'divers'] },
    { id: uuid(KIND.dimension, 2), name: 'Altersgruppe', cats: ['0–5', '6–10', '11–14'] },
  ].map((d, di) => ({ ...d, catIds: d.cats.map((_, c) => uuid(KIND.category, di * 10 + c)) }));
  const featuredExtras = (rng, i, month, cell) => {
    const approved = cell.filter((m) => m.status === 'APPROVED');
    if (approved.length >= 2 && rng() < 0.3) {
      const [x, y] = [approved[0], approved[1 + Math.floor(rng() * (approved.length - 1))]];
      const amount = rng.int(1, Math.min(15, x.value, y.value));
      overlaps.push([allianceId(0), uuid(KIND.overlap, overlaps.length), x.id, membershipId(0, y.k), amount, '']);
      // Sometimes both sides declare, with different amounts: the larger counts once.
      if (rng() < 0.2)
        overlaps.push([allianceId(0), uuid(KIND.overlap, overlaps.length), y.id, membershipId(0, x.k), rng.int(1, Math.min(15, x.value, y.value)), '']);
    }
    if (i < 15) {
      for (const m of cell) {
        if (m.k > 6) continue; // partners 7 and 8 never break their values down
        for (const d of i < 10 ? dims : dims.slice(0, 1)) {
          let rest = m.value;
          d.catIds.forEach((cat, c) => {
            const part = c === d.catIds.length - 1 ? rest : Math.floor(rest * (0.3 + rng() * 0.3));
            rest -= part;
            parts.push([allianceId(0), m.id, cat, part]);
          });
        }
      }
    }
  };

  await step(`measurements (${A} alliances)`, async () => {
    const cols = [
      'alliance_id',
      'id',
      'indicator_id',
      'membership_id',
      'reporting_period_id',
      'period_key',
      'value',
      'numerator',
      'denominator',
      'note',
      'status',
      'submitted_by_user_id',
      'submitted_at',
      'reviewed_by_user_id',
      'reviewed_at',
      'version',
      'created_at',
      'updated_at',
    ];
    await copy(
      client,
      'measurements',
      cols,
      (function* () {
        for (const a of alliances) {
          for (const row of measurementsOf(seed, a, users, a === 0 ? featuredExtras : null)) {
            row[0] = allianceId(a);
            yield row;
          }
        }
      })(),
    );
  });

  await step('dimensions, parts, overlaps', async () => {
    await copy(
      client,
      'dimensions',
      ['alliance_id', 'id', 'name'],
      dims.map((d) => [allianceId(0), d.id, d.name]),
    );
    await copy(
      client,
      'dimension_categories',
      ['alliance_id', 'id', 'dimension_id', 'name', 'position'],
      dims.flatMap((d) => d.cats.map((c, ci) => [allianceId(0), d.catIds[ci], d.id, c, ci])),
    );
    await copy(
      client,
      'indicator_dimensions',
      ['alliance_id', 'indicator_id', 'dimension_id'],
      (function* () {
        for (let i = 0; i < 15; i++) for (const d of i < 10 ? dims : dims.slice(0, 1)) yield [allianceId(0), indicatorId(0, i), d.id];
      })(),
    );
    await copy(client, 'measurement_parts', ['alliance_id', 'measurement_id', 'category_id', 'value'], parts);
    await copy(client, 'measurement_overlaps', ['alliance_id', 'id', 'measurement_id', 'other_membership_id', 'amount', 'note'], overlaps);
  });

  await step('activities, log entries', async () => {
    const rng = prng(seed * 31 + 7);
    let n = 0;
    const links = [];
    // Each alliance's district list (issue 17: a managed list, activities refer to it by id).
    const districtId = (a, d) => uuid(KIND.district, a * DISTRICTS.length + d);
    await copy(
      client,
      'districts',
      ['alliance_id', 'id', 'name'],
      (function* () {
        for (const a of alliances) for (let d = 0; d < DISTRICTS.length; d++) yield [allianceId(a), districtId(a, d), DISTRICTS[d]];
      })(),
    );
    await copy(
      client,
      'activities',
      ['alliance_id', 'id', 'membership_id', 'title', 'district_id', 'place', 'latitude', 'longitude', 'period_start', 'period_end', 'status', 'target_groups'],
      (function* () {
        for (const a of alliances) {
          for (let x = 0; x < PER_ALLIANCE.activities; x++) {
            const id = uuid(KIND.activity, n++);
            const r = rng();
            const status = r < 0.6 ? 'RUNNING' : r < 0.8 ? 'PLANNED' : 'COMPLETED';
            links.push([allianceId(a), id, goalId(a, x % 9)]); // goal 10 has no activity: a gap
            yield [
              allianceId(a),
              id,
              membershipId(a, 1 + (x % 8)),
              `Aktivität ${x + 1}`,
              districtId(a, x % DISTRICTS.length),
              `Ort ${x % 17}`,
              (52.4 + rng() * 0.2).toFixed(6),
              (13.3 + rng() * 0.2).toFixed(6),
              '2025-01-01',
              x % 4 === 0 ? null : '2027-06-30',
              status,
              '{Kinder,Familien}',
            ];
          }
        }
      })(),
    );
    await copy(client, 'activity_goals', ['alliance_id', 'activity_id', 'goal_id'], links);
    let e = 0;
    await copy(
      client,
      'log_entries',
      ['alliance_id', 'id', 'type', 'title', 'body', 'occurred_on', 'author_membership_id', 'created_at', 'updated_at'],
      (function* () {
        const start = Date.UTC(2025, 0, 1);
        for (const a of alliances) {
          const members = memberships(a).filter((m) => m.state === 'ACTIVE');
          for (let x = 0; x < PER_ALLIANCE.logEntries; x++) {
            const day = new Date(start + Math.floor(rng() * 700) * 86400e3);
            const created = new Date(day.getTime() + rng.int(8, 20) * 3600e3);
            yield [
              allianceId(a),
              uuid(KIND.logEntry, e++),
              LOG_TYPES[x % LOG_TYPES.length],
              `Eintrag ${x + 1}`,
              'Kurzer Text zum Stand der Arbeit.',
              day.toISOString().slice(0, 10),
              members[x % members.length].id,
              iso(created),
              iso(created),
            ];
          }
        }
      })(),
    );
  });

  await client.query('SET session_replication_role = DEFAULT');
  await step('analyze', () => client.query('ANALYZE'));
  log(`  generated ${size} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** The 500 reports of the bulk scenario: non-RATIO indicators × 8 partners in the two bulk months. */
function bulkCells() {
  const out = [];
  for (const month of BULK_MONTHS) {
    const reportingPeriodId = periodId(0, monthsOf(0).indexOf(month));
    for (let i = 0; i < PER_ALLIANCE.indicators; i++) {
      if (indicatorKind(i).aggregation === 'RATIO') continue;
      for (let k = 1; k <= FEATURED.partners; k++) out.push({ indicatorId: indicatorId(0, i), membershipId: membershipId(0, k), reportingPeriodId });
    }
  }
  return out.slice(0, 500);
}

/** What the scenarios need to know about the dataset. */
export function fixtureOf(seed) {
  const act = actors(seed);
  const featured = uuid(KIND.alliance, 0);
  return {
    featured,
    indicatorIds: [...Array(PER_ALLIANCE.indicators).keys()].map((i) => indicatorId(0, i)),
    partnerIds: [...Array(FEATURED.partners).keys()].map((k) => membershipId(0, k + 1)),
    bulkPeriodIds: BULK_MONTHS.map((m) => periodId(0, monthsOf(0).indexOf(m))),
    tokens: Object.fromEntries(Object.entries(act).map(([r, u]) => [r, u.token])),
    userIds: Object.fromEntries(Object.entries(act).map(([r, u]) => [r, u.userId])),
    from: '2024',
    to: '2026',
    asOf: '2026-12-01',
    funderAllianceIds: [...Array(FUNDED_ALLIANCES).keys()].map((a) => uuid(KIND.alliance, a)),
    bulkCells: bulkCells(),
  };
}
