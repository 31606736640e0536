import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tenant policies read the alliance context once per statement, not once per row.
 * `alliance_id = gw_current_alliance()` and `alliance_id = ANY (gw_readable_alliances())` are
 * inlined into every row's check, and `gw_readable_alliances()` parses `app.alliance_ids`
 * (a uuid[] in text) again for each row: a funder's portfolio over 20 alliances spent most of
 * its 20 s in that parse. Wrapped in a scalar sub-select the same functions become an InitPlan,
 * evaluated once when the statement starts; the settings are transaction-local and set before
 * any statement that reads tenant rows, so the answer is the same. Measured with
 * bench/tools/explain-api.mjs as the app role: portfolio at S 20.5 s → 5.9 s, dashboard at M
 * 390 → 300 ms, health at M 29 → 16 ms.
 */
const FORMS = {
  // Per row: the forms the first migrations wrote.
  slow: { current: 'gw_current_alliance()', readable: 'gw_readable_alliances()' },
  // Once per statement.
  fast: { current: '(SELECT gw_current_alliance())', readable: '(SELECT gw_readable_alliances())::uuid[]' },
};

/** Both policies of every tenant table (and alliances), rebuilt on their column in one form. */
const rewrite = (form: keyof typeof FORMS) => `
  DO $$ DECLARE r record; col text; BEGIN
    FOR r IN SELECT schemaname, tablename, policyname, qual FROM pg_policies
              WHERE schemaname = 'public' AND policyname IN ('tenant_isolation', 'tenant_read') LOOP
      col := substring(r.qual from '^\\(*(\\w+) = ');
      IF col IS NULL THEN RAISE EXCEPTION 'unexpected policy % on %: %', r.policyname, r.tablename, r.qual; END IF;
      IF r.policyname = 'tenant_isolation' THEN
        EXECUTE format('ALTER POLICY tenant_isolation ON %I.%I USING (%I = ${FORMS[form].current}) WITH CHECK (%I = ${FORMS[form].current})',
                       r.schemaname, r.tablename, col, col);
      ELSE
        EXECUTE format('ALTER POLICY tenant_read ON %I.%I USING (%I = ANY (${FORMS[form].readable}))', r.schemaname, r.tablename, col);
      END IF;
    END LOOP;
  END $$`;

export class PolicyInitPlan1796611000000 implements MigrationInterface {
  name = 'PolicyInitPlan1796611000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(rewrite('fast'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(rewrite('slow'));
  }
}
