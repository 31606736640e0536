import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The one controlled exception to "audit events are append-only for the app" (GDPR erasure).
 * `gw_erase_audit_personal_data()` runs as the migration owner (SECURITY DEFINER) and rewrites
 * only the personal data of the *current user* (`app.user_id`) inside the before/after payloads
 * of the *current alliance's* (`app.alliance_id`) audit events: their e-mail address (anywhere in
 * a string, case-insensitively) and — in events about them (actor, or payload naming their id or
 * e-mail) — string values equal to their name, both replaced by the pseudonym. Rows, ids, actors,
 * actions and timestamps stay. It takes no arguments, so the caller cannot aim it at anyone else
 * or choose what is written. It filters by the current alliance itself, so it behaves the same
 * whether or not the owner bypasses row-level security. Written by hand: TypeORM does not model
 * functions.
 */
export class PrivacyErasure1795317500000 implements MigrationInterface {
  name = 'PrivacyErasure1795317500000';

  public async up(q: QueryRunner): Promise<void> {
    // Pure helper: walks a JSON value and returns it with the person's data replaced.
    await q.query(`CREATE FUNCTION gw_scrub_personal_data(j jsonb, p_email text, p_name text, p_new_email text, p_new_name text)
      RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $fn$
      DECLARE
        s text; pos integer; start integer := 1; result jsonb;
      BEGIN
        CASE jsonb_typeof(j)
          WHEN 'object' THEN
            SELECT coalesce(jsonb_object_agg(k, gw_scrub_personal_data(v, p_email, p_name, p_new_email, p_new_name)), '{}'::jsonb)
              INTO result FROM jsonb_each(j) AS e(k, v);
            RETURN result;
          WHEN 'array' THEN
            SELECT coalesce(jsonb_agg(gw_scrub_personal_data(v, p_email, p_name, p_new_email, p_new_name) ORDER BY i), '[]'::jsonb)
              INTO result FROM jsonb_array_elements(j) WITH ORDINALITY AS e(v, i);
            RETURN result;
          WHEN 'string' THEN
            s := j #>> '{}';
            IF p_name IS NOT NULL AND p_name <> '' AND s = p_name THEN RETURN to_jsonb(p_new_name); END IF;
            -- Every occurrence of the e-mail, case-insensitively; searching on after each
            -- replacement, so a pseudonym that happens to contain the address cannot loop.
            LOOP
              pos := strpos(lower(substr(s, start)), lower(p_email));
              EXIT WHEN pos = 0;
              pos := start + pos - 1;
              s := overlay(s PLACING p_new_email FROM pos FOR length(p_email));
              start := pos + length(p_new_email);
            END LOOP;
            RETURN to_jsonb(s);
          ELSE
            RETURN j;
        END CASE;
      END $fn$`);

    await q.query(`CREATE FUNCTION gw_erase_audit_personal_data() RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
      DECLARE
        v_user uuid := gw_current_user();
        v_alliance uuid := gw_current_alliance();
        v_email text; v_name text; v_new_email text; v_changed integer;
      BEGIN
        IF v_user IS NULL OR v_alliance IS NULL THEN
          RAISE EXCEPTION 'gw_erase_audit_personal_data needs app.user_id and app.alliance_id';
        END IF;
        SELECT email, name INTO v_email, v_name FROM users WHERE id = v_user;
        IF NOT FOUND THEN RAISE EXCEPTION 'gw_erase_audit_personal_data: unknown user'; END IF;
        v_new_email := 'erased-' || v_user || '@invalid';
        UPDATE audit_events e
           SET before = gw_scrub_personal_data(e.before, v_email,
                 CASE WHEN about THEN v_name END, v_new_email, 'Gelöschte Person'),
               after = gw_scrub_personal_data(e.after, v_email,
                 CASE WHEN about THEN v_name END, v_new_email, 'Gelöschte Person')
          FROM (SELECT id,
                       actor_user_id = v_user
                         OR strpos(coalesce(before::text, '') || coalesce(after::text, ''), v_user::text) > 0
                         OR strpos(lower(coalesce(before::text, '') || coalesce(after::text, '')), lower(v_email)) > 0 AS about
                  FROM audit_events WHERE alliance_id = v_alliance) m
         WHERE e.alliance_id = v_alliance AND e.id = m.id AND m.about
           AND (e.before IS NOT NULL OR e.after IS NOT NULL);
        GET DIAGNOSTICS v_changed = ROW_COUNT;
        RETURN v_changed;
      END $fn$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_erase_audit_personal_data() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_erase_audit_personal_data() TO gemeinwerk_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION gw_erase_audit_personal_data()`);
    await q.query(`DROP FUNCTION gw_scrub_personal_data(jsonb, text, text, text, text)`);
  }
}
