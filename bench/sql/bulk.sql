-- Scenario "bulk": 500 values saved as DRAFT in one go (the lower bound of submitMeasurements with
-- submit: false): insert, or replace the value of a DRAFT/REJECTED one and bump its version.
-- params: $1 alliance uuid, $2 rows json ([{ indicatorId, membershipId, reportingPeriodId, value }])
-- result: { saved: <number of rows written> }
WITH input AS (
  SELECT (r->>'indicatorId')::uuid AS indicator_id, (r->>'membershipId')::uuid AS membership_id,
         (r->>'reportingPeriodId')::uuid AS reporting_period_id, (r->>'value')::numeric AS value
    FROM json_array_elements($2::json) r
),
written AS (
  INSERT INTO measurements (alliance_id, id, indicator_id, membership_id, reporting_period_id, period_key, value, status, version)
  SELECT $1, gen_random_uuid(), i.indicator_id, i.membership_id, i.reporting_period_id, rp.period_key, i.value, 'DRAFT', 1
    FROM input i JOIN reporting_periods rp ON rp.alliance_id = $1 AND rp.id = i.reporting_period_id AND rp.state = 'OPEN'
  ON CONFLICT (alliance_id, indicator_id, membership_id, reporting_period_id)
  DO UPDATE SET value = EXCLUDED.value, version = measurements.version + 1, updated_at = now()
    WHERE measurements.status IN ('DRAFT', 'REJECTED')
  RETURNING id
)
SELECT json_build_object('saved', (SELECT count(*)::int FROM written)) AS result
