import { hashOf, looksLikeApiToken } from './api-token-credentials';

/**
 * The statements that check a presented API token inside the request's transaction, in the same
 * simple-protocol message as BEGIN (values inlined as checked literals, like the session check).
 * First `app.api_token_hash`, which lets the transaction see that one row (policy
 * `presented_token`), then the check: not revoked, not expired. It also stamps `last_used_at`,
 * at most once a minute per token (a busy integration costs one write a minute, not one per
 * request), skipping a row another request holds. Sets `app.user_id` to the token's service
 * account. The alliance is entered later, per operation (gw_enter_api_token).
 */
export function apiTokenSql(secret: string, lit: (s: string) => string): string | null {
  if (!looksLikeApiToken(secret)) return null;
  const hash = hashOf(secret);
  return `SELECT set_config('app.api_token_hash', ${lit(hash)}, true);
    WITH hit AS (
        SELECT t.alliance_id, t.id AS token_id, t.role AS token_role, t.user_id AS id, t.name,
               t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute' AS stale
          FROM api_tokens t
         WHERE t.token_hash = ${lit(hash)} AND t.revoked_at IS NULL AND t.expires_at > now()
      ), touch AS (
        UPDATE api_tokens u SET last_used_at = now()
         WHERE (u.alliance_id, u.id) = (SELECT l.alliance_id, l.id FROM api_tokens l JOIN hit ON hit.stale AND l.alliance_id = hit.alliance_id AND l.id = hit.token_id
                                         FOR UPDATE OF l SKIP LOCKED)
      )
      SELECT alliance_id, token_id, token_role, id, name, set_config('app.user_id', id::text, true) AS user_setting FROM hit`;
}
