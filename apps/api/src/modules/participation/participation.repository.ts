import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';

export interface ItemRow {
  id: string;
  kind: string;
  offerId: string | null;
  offerTitle: string | null;
  offerProviderMembershipId: string | null;
  category: string | null;
  targetGroup: string | null;
  districtId: string | null;
  districtName: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  text: string;
  rating: number | null;
  authorLabel: string | null;
  locale: string;
  moderation: string;
  moderationReason: string | null;
  approvedAt: Date | null;
  status: string | null;
  statusReason: string | null;
  publicAnswer: string | null;
  answeredByName: string | null;
  answeredAt: Date | null;
  changedText: string | null;
  changedAt: Date | null;
  forwardedMembershipId: string | null;
  forwardedOrganisationName: string | null;
  forwardNote: string | null;
  forwardedAt: Date | null;
  mergedIntoId: string | null;
  supportCount: number;
  abuseReports: number;
  hasEmail: boolean;
  emailConfirmed: boolean;
  hasPhoto: boolean;
  version: number;
  createdAt: Date;
  history: { status: string; at: string; reason: string | null }[];
}

/**
 * One item with everything the workspace shows (never the e-mail address itself). Also the
 * public shape's source: the public service picks its fields from the same row, and under the
 * portal context row-level security admits approved items only.
 */
const ITEM = `SELECT i.id, i.kind, i.offer_id AS "offerId", o.title AS "offerTitle", p.membership_id AS "offerProviderMembershipId",
    i.category, i.target_group AS "targetGroup", i.district_id AS "districtId", d.name AS "districtName", i.address,
    i.lat::float8 AS lat, i.lng::float8 AS lng, i.text, i.rating, i.author_label AS "authorLabel", i.locale, i.moderation,
    i.moderation_reason AS "moderationReason", i.approved_at AS "approvedAt", i.status, i.status_reason AS "statusReason",
    i.public_answer AS "publicAnswer", i.answered_by_name AS "answeredByName", i.answered_at AS "answeredAt",
    i.changed_text AS "changedText", i.changed_at AS "changedAt", i.forwarded_membership_id AS "forwardedMembershipId",
    fo.name AS "forwardedOrganisationName", i.forward_note AS "forwardNote", i.forwarded_at AS "forwardedAt",
    i.merged_into_id AS "mergedIntoId",
    (i.merged_supports + (SELECT count(*) FROM participation_supports s WHERE s.alliance_id = i.alliance_id AND s.item_id = i.id))::int AS "supportCount",
    i.abuse_reports AS "abuseReports", i.email IS NOT NULL AS "hasEmail", i.email_confirmed_at IS NOT NULL AS "emailConfirmed",
    i.photo IS NOT NULL AS "hasPhoto", i.version, i.created_at AS "createdAt",
    coalesce((SELECT json_agg(json_build_object('status', h.status, 'at', h.at, 'reason', h.reason) ORDER BY h.at, h.id)
       FROM participation_history h WHERE h.alliance_id = i.alliance_id AND h.item_id = i.id), '[]'::json) AS history
  FROM participation_items i
  LEFT JOIN portal_offers o ON o.alliance_id = i.alliance_id AND o.id = i.offer_id
  LEFT JOIN portal_providers p ON p.alliance_id = o.alliance_id AND p.id = o.provider_id
  LEFT JOIN districts d ON d.alliance_id = i.alliance_id AND d.id = i.district_id
  LEFT JOIN memberships fm ON fm.alliance_id = i.alliance_id AND fm.id = i.forwarded_membership_id
  LEFT JOIN organisations fo ON fo.id = fm.organisation_id`;

export interface NewItem {
  id: string;
  kind: 'REPORT' | 'FEEDBACK';
  offerId: string | null;
  category: string | null;
  targetGroup: string | null;
  districtId: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  text: string;
  rating: number | null;
  authorLabel: string | null;
  locale: string;
  email: string | null;
  confirmTokenHash: string | null;
  followTokenHash: string;
  photo: Buffer | null;
  photoMime: string | null;
}

export interface IndicatorSourceRow {
  indicatorId: string;
  kind: string;
  category: string | null;
  withinDays: number | null;
  frequency: string;
}

export interface IndicatorValueRow {
  period: string;
  districtId: string | null;
  districtName: string | null;
  value: number;
}

/** The only SQL of participation (workspace and public side). */
@Injectable()
export class ParticipationRepository {
  // ── workspace ──
  queue(em: EntityManager, allianceId: string, moderation: string): Promise<ItemRow[]> {
    return rows(em, `${ITEM} WHERE i.alliance_id = $1 AND i.moderation = $2 ORDER BY i.abuse_reports DESC, i.created_at LIMIT 500`, [allianceId, moderation]);
  }

  item(em: EntityManager, allianceId: string, id: string): Promise<ItemRow | undefined> {
    return one(em, `${ITEM} WHERE i.alliance_id = $1 AND i.id = $2`, [allianceId, id]);
  }

  /** Reports forwarded to a member (all forwarded ones when membershipId is null). */
  forwarded(em: EntityManager, allianceId: string, membershipId: string | null): Promise<ItemRow[]> {
    return rows(
      em,
      `${ITEM} WHERE i.alliance_id = $1 AND i.kind = 'REPORT' AND i.forwarded_membership_id IS NOT NULL
         AND ($2::uuid IS NULL OR i.forwarded_membership_id = $2::uuid)
       ORDER BY (i.status = 'FORWARDED') DESC, i.forwarded_at DESC LIMIT 500`,
      [allianceId, membershipId],
    );
  }

  /**
   * Approved feedback on the portal's offers, unanswered first: of the offers of one provider
   * membership when `providerMembershipId` is given (all offers when null), of one offer when
   * `offerId` is given. Pending or rejected feedback never: the provider sees what is public.
   */
  offerFeedback(em: EntityManager, allianceId: string, providerMembershipId: string | null, offerId: string | null): Promise<ItemRow[]> {
    return rows(
      em,
      `${ITEM} WHERE i.alliance_id = $1 AND i.kind = 'FEEDBACK' AND i.moderation = 'APPROVED'
         AND ($2::uuid IS NULL OR p.membership_id = $2::uuid) AND ($3::uuid IS NULL OR i.offer_id = $3::uuid)
       ORDER BY (i.public_answer IS NULL) DESC, i.created_at DESC LIMIT 500`,
      [allianceId, providerMembershipId, offerId],
    );
  }

  async isAppointedEditor(em: EntityManager, allianceId: string, membershipId: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM portal_editors WHERE alliance_id = $1 AND membership_id = $2`, [allianceId, membershipId]));
  }

  /** An active member that can take a forwarded report (a partner or the backbone), with its name. */
  forwardTarget(em: EntityManager, allianceId: string, membershipId: string): Promise<{ name: string } | undefined> {
    return one(
      em,
      `SELECT o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.alliance_id = $1 AND m.id = $2 AND m.state = 'ACTIVE' AND m.role IN ('BACKBONE', 'PARTNER')`,
      [allianceId, membershipId],
    );
  }

  async organisationName(em: EntityManager, allianceId: string, membershipId: string): Promise<string> {
    const r = await one<{ name: string }>(
      em,
      `SELECT o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.alliance_id = $1 AND m.id = $2`,
      [allianceId, membershipId],
    );
    return r?.name ?? '';
  }

  /** A versioned change of an item's columns; the caller names the columns (fixed names from the service, never user input). */
  async update(em: EntityManager, allianceId: string, id: string, version: number | null, set: Record<string, unknown>): Promise<'OK' | 'STALE' | 'MISSING'> {
    const keys = Object.keys(set);
    const assignments = keys.map((k, i) => `${k} = $${i + 4}`).join(', ');
    const r = await rows<{ id: string }>(
      em,
      `UPDATE participation_items SET ${assignments}, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND ($3::int IS NULL OR version = $3::int) RETURNING id`,
      [allianceId, id, version, ...Object.values(set)],
    );
    if (r.length) return 'OK';
    return (await one(em, `SELECT 1 FROM participation_items WHERE alliance_id = $1 AND id = $2`, [allianceId, id])) ? 'STALE' : 'MISSING';
  }

  async addHistory(em: EntityManager, allianceId: string, itemId: string, status: string, reason: string | null): Promise<void> {
    await em.query(`INSERT INTO participation_history (alliance_id, id, item_id, status, reason) VALUES ($1, gen_random_uuid(), $2, $3, $4)`, [
      allianceId,
      itemId,
      status,
      reason,
    ]);
  }

  /** Moves the duplicate's supports to the kept report (one per browser) and adds what the duplicate had carried over. */
  async mergeSupports(em: EntityManager, allianceId: string, keepId: string, duplicateId: string): Promise<void> {
    await em.query(
      `INSERT INTO participation_supports (alliance_id, item_id, voter_hash, created_at)
       SELECT alliance_id, $2, voter_hash, created_at FROM participation_supports WHERE alliance_id = $1 AND item_id = $3
       ON CONFLICT DO NOTHING`,
      [allianceId, keepId, duplicateId],
    );
    await em.query(
      `UPDATE participation_items k SET merged_supports = k.merged_supports + d.merged_supports
         FROM participation_items d WHERE k.alliance_id = $1 AND k.id = $2 AND d.alliance_id = $1 AND d.id = $3`,
      [allianceId, keepId, duplicateId],
    );
  }

  /** The address to tell about an answer: only a confirmed one that was not erased. */
  contact(em: EntityManager, allianceId: string, id: string): Promise<{ email: string; locale: string; followTokenHash: string } | undefined> {
    return one(
      em,
      `SELECT email, locale, follow_token_hash AS "followTokenHash" FROM participation_items
        WHERE alliance_id = $1 AND id = $2 AND email IS NOT NULL AND email_confirmed_at IS NOT NULL`,
      [allianceId, id],
    );
  }

  /** The portal's name and public address (for mails and links). */
  portal(em: EntityManager, allianceId: string): Promise<{ name: string; slug: string | null } | undefined> {
    return one(
      em,
      `SELECT s.name, p.slug FROM portal_settings s LEFT JOIN portal_public_settings p ON p.alliance_id = s.alliance_id WHERE s.alliance_id = $1`,
      [allianceId],
    );
  }

  photo(em: EntityManager, allianceId: string, id: string): Promise<{ photo: Buffer; mime: string } | undefined> {
    return one(em, `SELECT photo, photo_mime AS mime FROM participation_items WHERE alliance_id = $1 AND id = $2 AND photo IS NOT NULL`, [allianceId, id]);
  }

  /**
   * Erases the contact data (the e-mail address and its confirmation token) of items whose
   * retention ended: closed (report resolved/declined, feedback answered, rejected, merged) before
   * `closedBefore`; never confirmed and older than `unconfirmedBefore`; or older than `anyBefore`.
   */
  async eraseContacts(em: EntityManager, allianceId: string, cut: { closedBefore: Date; unconfirmedBefore: Date; anyBefore: Date }): Promise<number> {
    const r = await rows<{ id: string }>(
      em,
      `UPDATE participation_items SET email = NULL, confirm_token_hash = NULL, contact_erased_at = now()
        WHERE alliance_id = $1 AND email IS NOT NULL
          AND ((closed_at IS NOT NULL AND closed_at < $2) OR (email_confirmed_at IS NULL AND created_at < $3) OR created_at < $4)
        RETURNING id`,
      [allianceId, cut.closedBefore, cut.unconfirmedBefore, cut.anyBefore],
    );
    return r.length;
  }

  /** Expired counters of the public forms (per-address limits, used challenges): keys are digests, but they need not stay. */
  async deleteExpiredCounters(em: EntityManager, now: Date): Promise<number> {
    const r = await rows<{ key: string }>(em, `DELETE FROM rate_limits WHERE key LIKE 'participation-%' AND expire < $1 RETURNING key`, [now.getTime()]);
    return r.length;
  }

  /** The alliances a scheduled job visits (as the scheduler: gw_scheduled_alliances, like the portal's freshness job). */
  async scheduledAlliances(em: EntityManager): Promise<string[]> {
    await em.query(`SELECT set_config('app.scheduler', 'on', true)`);
    return ((await em.query(`SELECT gw_scheduled_alliances() AS id`)) as { id: string }[]).map((r) => r.id);
  }

  async enterAsScheduler(em: EntityManager, allianceId: string): Promise<void> {
    await em.query(`SELECT set_config('app.alliance_id', $1, true), set_config('app.scheduler', 'on', true)`, [allianceId]);
  }

  /** Items whose contact address is the given one (the accounts issue's export and erasure). */
  byEmail(em: EntityManager, allianceId: string, email: string): Promise<{ id: string; kind: string; createdAt: Date; text: string }[]> {
    return rows(
      em,
      `SELECT id, kind, created_at AS "createdAt", text FROM participation_items WHERE alliance_id = $1 AND lower(email) = lower($2) ORDER BY created_at`,
      [allianceId, email],
    );
  }

  async eraseEmail(em: EntityManager, allianceId: string, email: string): Promise<number> {
    const r = await rows<{ id: string }>(
      em,
      `UPDATE participation_items SET email = NULL, confirm_token_hash = NULL, contact_erased_at = now()
        WHERE alliance_id = $1 AND lower(email) = lower($2) RETURNING id`,
      [allianceId, email],
    );
    return r.length;
  }

  // ── indicator source ──
  indicatorSource(em: EntityManager, allianceId: string, indicatorId: string): Promise<IndicatorSourceRow | undefined> {
    return one(
      em,
      `SELECT s.indicator_id AS "indicatorId", s.kind, s.category, s.within_days AS "withinDays", i.frequency::text AS frequency
         FROM participation_indicator_sources s JOIN indicators i ON i.alliance_id = s.alliance_id AND i.id = s.indicator_id
        WHERE s.alliance_id = $1 AND s.indicator_id = $2`,
      [allianceId, indicatorId],
    );
  }

  async indicatorExists(em: EntityManager, allianceId: string, indicatorId: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM indicators WHERE alliance_id = $1 AND id = $2`, [allianceId, indicatorId]));
  }

  async setIndicatorSource(
    em: EntityManager,
    allianceId: string,
    s: { indicatorId: string; kind: string; category: string | null; withinDays: number | null },
  ) {
    await em.query(
      `INSERT INTO participation_indicator_sources (alliance_id, indicator_id, kind, category, within_days) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (alliance_id, indicator_id) DO UPDATE SET kind = EXCLUDED.kind, category = EXCLUDED.category, within_days = EXCLUDED.within_days,
         version = participation_indicator_sources.version + 1`,
      [allianceId, s.indicatorId, s.kind, s.category, s.withinDays],
    );
  }

  /**
   * The indicator's values per period (its frequency, in Berlin time) and district, plus the
   * total per period (district null), from approved items only. Without `withinDays`: items of
   * the kind/category received in the period. With it: reports resolved within that many days
   * of being received, counted in the period they were received.
   * Period keys as in measurements: 2026, 2026-Q1, 2026-03.
   */
  indicatorValues(em: EntityManager, allianceId: string, s: IndicatorSourceRow): Promise<IndicatorValueRow[]> {
    return rows(
      em,
      `WITH base AS (
         SELECT i.district_id, (i.created_at AT TIME ZONE 'Europe/Berlin') AS local_at
           FROM participation_items i
          WHERE i.alliance_id = $1 AND i.kind = $2 AND i.moderation = 'APPROVED'
            AND ($3::text IS NULL OR i.category = $3::text)
            AND ($4::int IS NULL OR (i.status = 'RESOLVED' AND i.closed_at <= i.created_at + make_interval(days => $4::int)))
       ), keyed AS (
         SELECT district_id, CASE $5::text
             WHEN 'MONTHLY' THEN to_char(local_at, 'YYYY-MM')
             WHEN 'QUARTERLY' THEN to_char(local_at, 'YYYY') || '-Q' || to_char(local_at, 'Q')
             ELSE to_char(local_at, 'YYYY') END AS period
           FROM base
       )
       SELECT k.period, k.district_id AS "districtId", d.name AS "districtName", count(*)::float8 AS value
         FROM keyed k LEFT JOIN districts d ON d.alliance_id = $1 AND d.id = k.district_id
        GROUP BY GROUPING SETS ((k.period), (k.period, k.district_id, d.name))
       HAVING NOT (GROUPING(k.district_id) = 0 AND k.district_id IS NULL)
        ORDER BY k.period, d.name NULLS FIRST`,
      [allianceId, s.kind, s.category, s.withinDays, s.frequency],
    );
  }

  // ── public portal (entered with gw_enter_portal; row-level security admits approved items) ──
  async insertItem(em: EntityManager, allianceId: string, n: NewItem): Promise<void> {
    // No RETURNING: the public context may add an item but not read it back before approval.
    await em.query(
      `INSERT INTO participation_items (alliance_id, id, kind, offer_id, category, target_group, district_id, address, lat, lng, text, rating,
         author_label, locale, email, confirm_token_hash, follow_token_hash, photo, photo_mime, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, CASE WHEN $3::varchar = 'REPORT' THEN 'RECEIVED' END)`,
      [
        allianceId,
        n.id,
        n.kind,
        n.offerId,
        n.category,
        n.targetGroup,
        n.districtId,
        n.address,
        n.lat,
        n.lng,
        n.text,
        n.rating,
        n.authorLabel,
        n.locale,
        n.email,
        n.confirmTokenHash,
        n.followTokenHash,
        n.photo,
        n.photoMime,
      ],
    );
  }

  async publishedOffer(em: EntityManager, allianceId: string, offerId: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM portal_offers WHERE alliance_id = $1 AND id = $2`, [allianceId, offerId]));
  }

  districts(em: EntityManager, allianceId: string): Promise<{ id: string; name: string }[]> {
    return rows(em, `SELECT id, name FROM districts WHERE alliance_id = $1 ORDER BY name`, [allianceId]);
  }

  offerTargetGroups(em: EntityManager, allianceId: string): Promise<{ value: string }[]> {
    return rows(em, `SELECT DISTINCT unnest(target_groups) AS value FROM portal_offers WHERE alliance_id = $1 ORDER BY 1 LIMIT 50`, [allianceId]);
  }

  publicReports(em: EntityManager, allianceId: string, f: { category: string | null; districtId: string | null; status: string | null }): Promise<ItemRow[]> {
    return rows(
      em,
      `${ITEM} WHERE i.alliance_id = $1 AND i.kind = 'REPORT' AND i.moderation = 'APPROVED'
         AND ($2::text IS NULL OR i.category = $2::text) AND ($3::uuid IS NULL OR i.district_id = $3::uuid) AND ($4::text IS NULL OR i.status = $4::text)
       ORDER BY i.created_at DESC LIMIT 500`,
      [allianceId, f.category, f.districtId, f.status],
    );
  }

  publicItem(em: EntityManager, allianceId: string, id: string, kind: string): Promise<ItemRow | undefined> {
    return one(em, `${ITEM} WHERE i.alliance_id = $1 AND i.id = $2 AND i.kind = $3 AND i.moderation = 'APPROVED'`, [allianceId, id, kind]);
  }

  publicFeedback(em: EntityManager, allianceId: string, offerId: string): Promise<ItemRow[]> {
    return rows(
      em,
      `${ITEM} WHERE i.alliance_id = $1 AND i.kind = 'FEEDBACK' AND i.offer_id = $2 AND i.moderation = 'APPROVED' ORDER BY i.created_at DESC LIMIT 200`,
      [allianceId, offerId],
    );
  }

  /** Names the token for the rest of the transaction: row-level security then admits that one item (policy public_token_read). */
  async useToken(em: EntityManager, tokenHash: string): Promise<void> {
    await em.query(`SELECT set_config('app.participation_token', $1, true)`, [tokenHash]);
  }

  byFollowToken(em: EntityManager, allianceId: string, hash: string): Promise<ItemRow | undefined> {
    return one(em, `${ITEM} WHERE i.alliance_id = $1 AND i.follow_token_hash = $2`, [allianceId, hash]);
  }

  async confirm(em: EntityManager, allianceId: string, hash: string): Promise<boolean> {
    const r = await rows<{ id: string }>(
      em,
      `UPDATE participation_items SET email_confirmed_at = coalesce(email_confirmed_at, now())
        WHERE alliance_id = $1 AND confirm_token_hash = $2 AND email IS NOT NULL RETURNING id`,
      [allianceId, hash],
    );
    return r.length > 0;
  }

  /** One support per browser: true when this one is new. */
  async support(em: EntityManager, allianceId: string, itemId: string, voterHash: string): Promise<boolean> {
    const r = await rows<{ item_id: string }>(
      em,
      `INSERT INTO participation_supports (alliance_id, item_id, voter_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING item_id`,
      [allianceId, itemId, voterHash],
    );
    return r.length > 0;
  }

  async abuse(em: EntityManager, allianceId: string, itemId: string, itemType: string, reason: string): Promise<void> {
    await em.query(`INSERT INTO participation_abuse (alliance_id, id, item_id, item_type, reason) VALUES ($1, gen_random_uuid(), $2, $3, $4)`, [
      allianceId,
      itemId,
      itemType,
      reason,
    ]);
    // Back to the queue (policy public_requeue: from APPROVED to PENDING only). The updated row must stay
    // readable to the statement, so the transaction names the item's follow token (policy public_token_read).
    const item = await one<{ hash: string }>(
      em,
      `SELECT follow_token_hash AS hash FROM participation_items WHERE alliance_id = $1 AND id = $2 AND moderation = 'APPROVED'`,
      [allianceId, itemId],
    );
    if (!item) return;
    await this.useToken(em, item.hash);
    await em.query(
      `UPDATE participation_items SET moderation = 'PENDING', abuse_reports = abuse_reports + 1, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND moderation = 'APPROVED'`,
      [allianceId, itemId],
    );
  }
}
