import { FrequencyName, MeasurementStatusName, periodKeysBetween, periodRange } from '@gemeinwerk/shared';
import type { IndicatorSpec, SeededIndicators } from './indicators';
import { AllianceSeed, DemoClock, addDays, insert } from './kit';

/** Which periods exist and what state reports are in. */
export interface ReportingPlan {
  /** First and last key per frequency (all keys between are created). */
  range: Partial<Record<FrequencyName, [string, string]>>;
  /** Keys of periods still OPEN; all others are CLOSED and hold only APPROVED values. */
  open: string[];
  /** In an open period, the state of reports not listed in `states` (null: not reported yet). */
  openDefault: Record<string, MeasurementStatusName | null>;
  /** `periodKey|code|partnerKey` → state (null: missing). */
  states: Record<string, MeasurementStatusName | null>;
  /** Reasons of REJECTED values, by the same key. */
  rejections: Record<string, string>;
  overlaps: { code: string; periodKey: string; partner: string; other: string; amount: number; note: string }[];
}

const round = (v: number, decimals: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;

/** Splits an integer-ish total into parts by weight; the last part takes the rest so they add up exactly. */
function split(total: number, cats: { id: string; weight: number }[], decimals: number): { id: string; value: number }[] {
  let rest = total;
  return cats.map((c, i) => {
    const value = i === cats.length - 1 ? round(rest, decimals) : Math.min(rest, round(total * c.weight, decimals));
    rest -= value;
    return { id: c.id, value };
  });
}

/**
 * Members report 14 days after a period ends. A period that was overdue on the anchor day stays
 * overdue on today's (the day before today at the latest), however today falls in its month.
 */
function dueDate(clock: DemoClock, anchorKey: string, endsOn: string): string {
  const due = addDays(endsOn, 14);
  const overdueOnAnchor = addDays(periodRange(anchorKey).endsOn, 14) < clock.anchor;
  if (!overdueOnAnchor || due < clock.today) return due;
  const dayBefore = addDays(clock.today, -1);
  return dayBefore < endsOn ? endsOn : dayBefore;
}

/** Reporting periods, measurements (every partner, every indicator), their parts and overlaps. */
export async function seedMeasurements(
  a: AllianceSeed,
  specs: IndicatorSpec[],
  ind: SeededIndicators,
  partners: string[],
  plan: ReportingPlan,
): Promise<Record<string, string>> {
  const { client, rng, allianceId, backboneUser, clock } = a;
  const at = clock.stamp.bind(clock);
  // Plan keys stay anchored (they name the story's states); what is written moves to today's frame.
  // Dates derived from a moved period are already in today's frame, hence `stamp`, not `clock.at`.
  const periodIds: Record<string, string> = {};
  const periods = Object.entries(plan.range).flatMap(([frequency, [from, to]]) => periodKeysBetween(from, to).map((key) => ({ frequency, key })));
  await insert(
    client,
    'reporting_periods',
    periods.map(({ frequency, key }) => {
      const r = periodRange(clock.key(key));
      const open = plan.open.includes(key);
      const dueOn = dueDate(clock, key, r.endsOn);
      return {
        alliance_id: allianceId,
        id: (periodIds[key] = rng.uuid()),
        frequency,
        period_key: r.key,
        starts_on: r.startsOn,
        ends_on: r.endsOn,
        due_on: dueOn,
        state: open ? 'OPEN' : 'CLOSED',
        opened_by_user_id: backboneUser,
        opened_at: at(addDays(r.startsOn, -7)),
        closed_by_user_id: open ? null : backboneUser,
        closed_at: open ? null : at(addDays(dueOn, 10), 16),
        version: open ? 1 : 2,
      };
    }),
  );

  const measurements: Record<string, unknown>[] = [];
  const parts: Record<string, unknown>[] = [];
  const byKey: Record<string, { id: string; value: number }> = {};
  for (const s of specs) {
    const [from, to] = plan.range[s.frequency]!;
    const keys = periodKeysBetween(from, to);
    const decimals = s.decimals ?? 0;
    keys.forEach((key, t) => {
      const f = keys.length > 1 ? t / (keys.length - 1) : 1;
      const level = s.from + (s.to - s.from) * f;
      const r = periodRange(clock.key(key));
      partners.forEach((partner, j) => {
        const k = `${key}|${s.code}|${partner}`;
        const open = plan.open.includes(key);
        const status = !open ? 'APPROVED' : k in plan.states ? plan.states[k] : plan.openDefault[key];
        const noise = 1 + s.noise * rng.jitter();
        if (!status) return;
        let value: number;
        let numerator: number | null = null;
        let denominator: number | null = null;
        if (s.aggregation === 'SUM') value = Math.max(0, round(level * s.shares[j] * noise, decimals));
        else if (s.aggregation === 'RATIO') {
          denominator = Math.max(1, Math.round(s.shares[j] * (1 + 0.1 * rng.jitter())));
          numerator = Math.min(denominator, Math.round(denominator * level * noise));
          // As the API stores a RATIO value: the member's own share, numerator / denominator.
          value = numerator / denominator;
        } else value = round(level * (1 + s.shares[j]) * noise, decimals);
        const id = rng.uuid();
        // Reports come in after the period ends (or, for the running period, shortly before the demo's today).
        const submitted = at(addDays(r.endsOn, 3 + rng.int(0, 6)));
        const reviewed = at(addDays(r.endsOn, 10 + rng.int(0, 4)), 14);
        const actor = a.actors[partner];
        const handedIn = status !== 'DRAFT';
        const isReviewed = status === 'APPROVED' || status === 'REJECTED';
        measurements.push({
          alliance_id: allianceId,
          id,
          indicator_id: ind.ids[s.code],
          membership_id: a.members[partner],
          reporting_period_id: periodIds[key],
          period_key: r.key,
          value,
          numerator,
          denominator,
          note: status === 'REJECTED' ? 'Zahl aus der Teilnehmendenliste übernommen.' : '',
          status,
          rejection_reason: status === 'REJECTED' ? (plan.rejections[k] ?? 'Bitte prüfen.') : null,
          submitted_by_user_id: handedIn ? actor : null,
          submitted_at: handedIn ? submitted : null,
          reviewed_by_user_id: isReviewed ? backboneUser : null,
          reviewed_at: isReviewed ? reviewed : null,
          version: handedIn ? (isReviewed ? 3 : 2) : 1,
          created_at: submitted,
          updated_at: isReviewed ? reviewed : submitted,
        });
        if (value !== null) byKey[k] = { id, value };
        if (s.dimension && value !== null) {
          for (const p of split(value, ind.categories[s.dimension], decimals))
            parts.push({ alliance_id: allianceId, measurement_id: id, category_id: p.id, value: p.value });
        }
      });
    });
  }
  await insert(client, 'measurements', measurements);
  await insert(client, 'measurement_parts', parts);
  await insert(
    client,
    'measurement_overlaps',
    plan.overlaps.map((o) => {
      const m = byKey[`${o.periodKey}|${o.code}|${o.partner}`];
      if (!m) throw new Error(`Demo overlap without a measurement: ${o.periodKey} ${o.code} ${o.partner}`);
      return { alliance_id: allianceId, id: rng.uuid(), measurement_id: m.id, other_membership_id: a.members[o.other], amount: o.amount, note: o.note };
    }),
  );
  return periodIds;
}
