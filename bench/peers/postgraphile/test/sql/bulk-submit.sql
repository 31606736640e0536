-- Placeholder for the peer's own check (the real one is bench/sql/bulk-submit.sql): a write under
-- the alliance context. Touches (without changing) the alliance's values of the given indicators.
-- params: $1 alliance uuid, $2 indicator ids uuid[]
-- result: { touched: int }
WITH u AS (
  UPDATE measurements SET version = version WHERE alliance_id = $1 AND indicator_id = ANY($2) RETURNING 1
)
SELECT json_build_object('touched', count(*)) AS result FROM u
