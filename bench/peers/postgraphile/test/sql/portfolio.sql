-- Placeholder for the peer's own check (the real one is bench/sql/portfolio.sql): cross-alliance read.
-- params: $1 alliance ids uuid[]
-- result: [{ allianceId, indicators, approved }] ordered by allianceId
SELECT coalesce(json_agg(json_build_object('allianceId', a.id, 'indicators',
         (SELECT count(*) FROM indicators i WHERE i.alliance_id = a.id AND i.status = 'ACTIVE'),
         'approved', (SELECT count(*) FROM measurements x WHERE x.alliance_id = a.id AND x.status = 'APPROVED')) ORDER BY a.id), '[]'::json) AS result
  FROM alliances a WHERE a.id = ANY($1::uuid[])
