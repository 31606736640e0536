import type { AggregationName, FrequencyName, IndicatorDirectionName, RbaKindName } from '@gemeinwerk/shared';
import { AllianceSeed, insert } from './kit';

/** One indicator of the demo with the story its values tell. */
export interface IndicatorSpec {
  code: string;
  name: string;
  definition: string;
  unit: string;
  direction: IndicatorDirectionName;
  aggregation: AggregationName;
  frequency: FrequencyName;
  rbaKind: RbaKindName;
  decimals?: number;
  numeratorLabel?: string;
  denominatorLabel?: string;
  baseline?: [value: number, period: string];
  targets: Record<string, number>;
  /** Goal keys. */
  goals: string[];
  /** Dimension key: its categories disaggregate every value. */
  dimension?: string;
  /**
   * The alliance's level at the first and at the last seeded period (SUM: the total; AVERAGE and
   * LATEST: the typical value; RATIO: the share numerator/denominator). Values move linearly
   * between them, with noise.
   */
  from: number;
  to: number;
  /** Per partner (in reporting order): SUM its share of the total; AVERAGE/LATEST its offset (±); RATIO its denominator. */
  shares: number[];
  noise: number;
}

export interface DimensionSpec {
  key: string;
  name: string;
  /** Category names with the share of a value that typically falls into each. */
  categories: [name: string, weight: number][];
}

export interface SeededIndicators {
  ids: Record<string, string>;
  /** Category ids with weights, per dimension key. */
  categories: Record<string, { id: string; weight: number }[]>;
}

/** Goals are inserted by the caller; this writes dimensions, indicators, their links and targets. */
export async function seedIndicators(
  a: AllianceSeed,
  specs: IndicatorSpec[],
  dims: DimensionSpec[],
  goalIds: Record<string, string>,
  createdOn: string,
): Promise<SeededIndicators> {
  const { client, rng, allianceId, clock } = a;
  const ids: Record<string, string> = {};
  const categories: SeededIndicators['categories'] = {};
  const dimIds: Record<string, string> = {};
  const created = clock.at(createdOn);
  await insert(
    client,
    'dimensions',
    dims.map((d) => ({ alliance_id: allianceId, id: (dimIds[d.key] = rng.uuid()), name: d.name, created_at: created })),
  );
  await insert(
    client,
    'dimension_categories',
    dims.flatMap((d) =>
      d.categories.map(([name, weight], position) => {
        const id = rng.uuid();
        (categories[d.key] ??= []).push({ id, weight });
        return { alliance_id: allianceId, id, dimension_id: dimIds[d.key], name, position };
      }),
    ),
  );
  await insert(
    client,
    'indicators',
    specs.map((s) => ({
      alliance_id: allianceId,
      id: (ids[s.code] = rng.uuid()),
      code: s.code,
      name: s.name,
      definition: s.definition,
      unit: s.unit,
      direction: s.direction,
      aggregation: s.aggregation,
      frequency: s.frequency,
      rba_kind: s.rbaKind,
      baseline_value: s.baseline?.[0],
      baseline_period: s.baseline && clock.key(s.baseline[1]),
      collection_method:
        s.aggregation === 'RATIO' ? 'Auszählung der Teilnehmendenlisten (Zähler und Nenner je Organisation)' : 'Meldung der Partner zum Periodenende',
      numerator_label: s.numeratorLabel,
      denominator_label: s.denominatorLabel,
      decimals: s.decimals ?? 0,
      // Plausibility: counts are whole numbers, and a count moving by more than half from one
      // period to the next asks the reporter to check (the seeded values pass both).
      integer_only: s.aggregation === 'SUM' && !s.decimals,
      jump_warning_share: s.aggregation === 'SUM' ? 0.5 : null,
      created_at: created,
      updated_at: created,
    })),
  );
  await insert(
    client,
    'indicator_goals',
    specs.flatMap((s) => s.goals.map((g) => ({ alliance_id: allianceId, indicator_id: ids[s.code], goal_id: goalIds[g] }))),
  );
  await insert(
    client,
    'indicator_dimensions',
    specs.filter((s) => s.dimension).map((s) => ({ alliance_id: allianceId, indicator_id: ids[s.code], dimension_id: dimIds[s.dimension!] })),
  );
  await insert(
    client,
    'targets',
    specs.flatMap((s) =>
      Object.entries(s.targets).map(([period_key, value]) => ({
        alliance_id: allianceId,
        id: rng.uuid(),
        indicator_id: ids[s.code],
        period_key: clock.key(period_key),
        value,
        created_at: created,
        updated_at: created,
      })),
    ),
  );
  return { ids, categories };
}
