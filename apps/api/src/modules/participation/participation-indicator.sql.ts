/**
 * Participation-sourced indicators in the roll-ups (issue 16): a CTE over the roll-up's
 * `cells(alliance_id, indicator_id, period_key, frequency, ord, …)` (see measurements/rollups.sql.ts)
 * with one row per cell of an indicator that has a participation source:
 *
 *   citizen(indicator_id, ord, value, open)
 *     value  the approved items of the source's kind (and category) received in the period (Berlin
 *            time); with `within_days` only reports RESOLVED within that many days of being received.
 *            Null for a period that has not begun or ended before the alliance's first approved item of
 *            the kind (it did not collect any then).
 *     open   the value may still grow: a report received in the period may still be resolved in time
 *            (period end + within_days is not past), or the period is running.
 *
 * One probe of ix_participation_items_queue (alliance_id, moderation, created_at) per cell; cells
 * are only joined to base tables, never to another CTE (the rule of rollups.sql.ts).
 * The same counting as ParticipationRepository.indicatorValues (which adds the district rows).
 */

/** The first local day of the period `key` (2026, 2026-Q4, 2026-11) as a timestamp without time zone. */
const LOCAL_START = (key: string) =>
  `make_date(left(${key}, 4)::int,
             CASE WHEN ${key} LIKE '____-Q_' THEN (right(${key}, 1)::int - 1) * 3 + 1
                  WHEN ${key} LIKE '____-__' THEN right(${key}, 2)::int ELSE 1 END, 1)::timestamp`;

const STEP = (frequency: string) =>
  `CASE ${frequency} WHEN 'MONTHLY' THEN interval '1 month' WHEN 'QUARTERLY' THEN interval '3 months' ELSE interval '1 year' END`;

export const PARTICIPATION_CELLS = `
  citizen AS MATERIALIZED (
    SELECT c.indicator_id, c.ord,
           -- Before the first approved item of the kind the alliance did not collect any: no value, not 0.
           CASE WHEN b.starts_at <= now() AND EXISTS (
             SELECT 1 FROM participation_items f
              WHERE f.alliance_id = c.alliance_id AND f.moderation = 'APPROVED' AND f.created_at < b.ends_at AND f.kind = ps.kind) THEN (
             SELECT count(*) FROM participation_items pi
              WHERE pi.alliance_id = c.alliance_id AND pi.moderation = 'APPROVED'
                AND pi.created_at >= b.starts_at AND pi.created_at < b.ends_at
                AND pi.kind = ps.kind AND (ps.category IS NULL OR pi.category = ps.category)
                AND (ps.within_days IS NULL OR (pi.status = 'RESOLVED' AND pi.closed_at <= pi.created_at + make_interval(days => ps.within_days)))
           ) END AS value,
           b.ends_at + make_interval(days => coalesce(ps.within_days, 0)) > now() AS open
      FROM cells c
      JOIN participation_indicator_sources ps ON ps.alliance_id = c.alliance_id AND ps.indicator_id = c.indicator_id
     CROSS JOIN LATERAL (
       SELECT l.d AT TIME ZONE 'Europe/Berlin' AS starts_at, (l.d + ${STEP('c.frequency')}) AT TIME ZONE 'Europe/Berlin' AS ends_at
         FROM (SELECT ${LOCAL_START('c.period_key')} AS d) l) b
  )`;

/** Whether indicator `i` (alias of indicators) takes its values from participation: an index probe of the source's primary key. */
export const FROM_PARTICIPATION = (i = 'i') =>
  `EXISTS (SELECT 1 FROM participation_indicator_sources ps WHERE ps.alliance_id = ${i}.alliance_id AND ps.indicator_id = ${i}.id)`;
