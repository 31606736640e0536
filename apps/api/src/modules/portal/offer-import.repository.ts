import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';
import type { PreparedOffer } from './offer-import.rules';
import { OFFER_CONTENT_FIELDS } from './portal.rules';

const snake = (f: string) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** The content columns of portal_offers, filled from each row's JSON (`jsonb_populate_record` turns JSON arrays into text[]). */
const COLUMNS = OFFER_CONTENT_FIELDS.map(snake);

/** The offers kind's SQL (modules/imports pipeline): look-ups for the check, set-based writes and undo. */
@Injectable()
export class OfferImportRepository {
  lookups(em: EntityManager, allianceId: string) {
    return Promise.all([
      rows<{ id: string; name: string }>(em, `SELECT id, name FROM portal_providers WHERE alliance_id = $1 ORDER BY name, id`, [allianceId]),
      rows<{ id: string; name: string }>(em, `SELECT id, name FROM districts WHERE alliance_id = $1 ORDER BY name, id`, [allianceId]),
    ]).then(([providers, districts]) => ({ providers, districts }));
  }

  /**
   * The providers the file names that this portal does not have yet: created once per name, with
   * the batch noted (undo removes them again while they have no offers and no access), each with a
   * `provider.created` audit event. A name another import or an editor entered since the check is
   * taken, not doubled. Answers the id for each name given.
   */
  async ensureProviders(em: EntityManager, allianceId: string, batchId: string, userId: string, names: string[]): Promise<{ name: string; id: string }[]> {
    if (!names.length) return [];
    return rows<{ name: string; id: string }>(
      em,
      `WITH wanted AS (SELECT n AS name FROM unnest($3::text[]) n),
       existing AS (
         SELECT DISTINCT ON (w.name) w.name, p.id FROM wanted w
           JOIN portal_providers p ON p.alliance_id = $1 AND lower(p.name) = lower(w.name)
          ORDER BY w.name, p.created_at, p.id),
       created AS (
         INSERT INTO portal_providers (alliance_id, id, name, import_batch_id)
         SELECT $1, gen_random_uuid(), w.name, $2 FROM wanted w WHERE w.name NOT IN (SELECT name FROM existing)
         RETURNING id, name),
       aud AS (
         INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after)
         SELECT $1, gen_random_uuid(), $4, 'provider.created', 'PortalProvider', id, NULL, jsonb_build_object('name', name, 'importBatchId', $2::uuid)
           FROM created)
       SELECT name, id FROM existing UNION ALL SELECT name, id FROM created`,
      [allianceId, batchId, names, userId],
    );
  }

  /**
   * Enters one chunk as new offers waiting in the editorial queue, as the form's "Zur Freigabe
   * einreichen" does (offers.service.ts `create`): the offer IN_REVIEW, its PENDING revision, the
   * `offer.submitted` audit event, and the batch's effect per offer — all from one statement.
   */
  async insert(em: EntityManager, allianceId: string, batchId: string, userId: string, offers: PreparedOffer[]): Promise<number> {
    const input = offers.map((o) => ({
      provider_id: o.providerId,
      content: o.content,
      row: Object.fromEntries(OFFER_CONTENT_FIELDS.map((f) => [snake(f), o.content[f]])),
    }));
    const r = await one<{ n: number }>(
      em,
      `WITH input AS (
         SELECT gen_random_uuid() AS id, gen_random_uuid() AS revision_id, x.provider_id, x.content, jsonb_populate_record(NULL::portal_offers, x.row) AS r
           FROM jsonb_to_recordset($3::jsonb) AS x(provider_id uuid, content jsonb, row jsonb)),
       offers AS (
         INSERT INTO portal_offers (alliance_id, id, provider_id, status, created_by_user_id, ${COLUMNS.join(', ')})
         SELECT $1, id, provider_id, 'IN_REVIEW', $4, ${COLUMNS.map((c) => `(r).${c}`).join(', ')} FROM input
         RETURNING id, version),
       revisions AS (
         INSERT INTO portal_offer_revisions (alliance_id, id, offer_id, state, content, base_content, submitted_by_user_id, submitted_at)
         SELECT $1, i.revision_id, o.id, 'PENDING', i.content, NULL, $4, now() FROM offers o JOIN input i ON i.id = o.id
         RETURNING offer_id),
       eff AS (
         INSERT INTO import_effects (alliance_id, batch_id, entity_id, created, before, after_version)
         SELECT $1, $2, id, true, NULL, version FROM offers),
       aud AS (
         INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after)
         SELECT $1, gen_random_uuid(), $4, 'offer.submitted', 'PortalOffer', i.id, NULL,
                jsonb_build_object('revisionId', i.revision_id, 'importBatchId', $2::uuid) || i.content
           FROM input i)
       SELECT (SELECT count(*) FROM revisions)::int AS n`,
      [allianceId, batchId, JSON.stringify(input), userId],
    );
    return r?.n ?? 0;
  }

  /** How many of the batch's offers something was built on since: changed, decided (published, returned), archived or gone. */
  async builtOn(em: EntityManager, allianceId: string, batchId: string): Promise<number> {
    const r = await one<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM import_effects e
         LEFT JOIN portal_offers o ON o.alliance_id = e.alliance_id AND o.id = e.entity_id
        WHERE e.alliance_id = $1 AND e.batch_id = $2 AND (o.id IS NULL OR o.version <> e.after_version OR o.status <> 'IN_REVIEW')`,
      [allianceId, batchId],
    );
    return r?.n ?? 0;
  }

  /**
   * Removes the batch's offers (their revisions go with them), with an `offer.deleted` audit event
   * each, then the providers the batch created that have no offer and no access now.
   */
  async undo(em: EntityManager, allianceId: string, batchId: string, userId: string): Promise<number> {
    const r = await one<{ n: number }>(
      em,
      `WITH gone AS (
         DELETE FROM portal_offers o USING import_effects e
          WHERE e.alliance_id = $1 AND e.batch_id = $2 AND o.alliance_id = e.alliance_id AND o.id = e.entity_id
         RETURNING o.id, o.title, o.status, o.version),
       aud AS (
         INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after)
         SELECT $1::uuid, gen_random_uuid(), $3::uuid, 'offer.deleted', 'PortalOffer', id,
                jsonb_build_object('title', title, 'status', status, 'version', version), jsonb_build_object('importBatchId', $2::uuid)
           FROM gone)
       SELECT count(*)::int AS n FROM gone`,
      [allianceId, batchId, userId],
    );
    await em.query(
      `WITH gone AS (
         DELETE FROM portal_providers p
          WHERE p.alliance_id = $1 AND p.import_batch_id = $2 AND p.membership_id IS NULL
            AND NOT EXISTS (SELECT 1 FROM portal_offers o WHERE o.alliance_id = p.alliance_id AND o.provider_id = p.id)
         RETURNING p.id, p.name)
       INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after)
       SELECT $1::uuid, gen_random_uuid(), $3::uuid, 'provider.deleted', 'PortalProvider', id, jsonb_build_object('name', name), jsonb_build_object('importBatchId', $2::uuid)
         FROM gone`,
      [allianceId, batchId, userId],
    );
    return r?.n ?? 0;
  }
}
