import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { containsPattern, one, rows, updateVersioned } from '../../database/sql';
import { CONTENT_JSON, contentAssignments } from './offers.sql';
import type { PortalOfferContent } from './portal.models';

export interface OfferRow {
  id: string;
  status: string;
  providerId: string;
  providerName: string;
  providerMembershipId: string | null;
  content: PortalOfferContent;
  districtName: string | null;
  publishedAt: Date | null;
  confirmedAt: Date | null;
  staleFlaggedAt: Date | null;
  staleHiddenAt: Date | null;
  version: number;
  sortTitle: string;
}

export interface RevisionRow {
  id: string;
  offerId: string;
  state: string;
  content: PortalOfferContent;
  baseContent: PortalOfferContent | null;
  submittedAt: Date;
  submittedByName: string | null;
  submittedByUserId: string | null;
  decidedAt: Date | null;
  returnReason: string | null;
  version: number;
  providerId: string;
  providerName: string;
  providerMembershipId: string | null;
}

const OFFER_SELECT = `SELECT o.id, o.status, o.provider_id AS "providerId", p.name AS "providerName", p.membership_id AS "providerMembershipId",
       ${CONTENT_JSON} AS content, d.name AS "districtName", o.published_at AS "publishedAt", o.confirmed_at AS "confirmedAt",
       o.stale_flagged_at AS "staleFlaggedAt", o.stale_hidden_at AS "staleHiddenAt", o.version, lower(o.title) AS "sortTitle"
  FROM portal_offers o
  JOIN portal_providers p ON p.alliance_id = o.alliance_id AND p.id = o.provider_id
  LEFT JOIN districts d ON d.alliance_id = o.alliance_id AND d.id = o.district_id`;

const REVISION_SELECT = `SELECT r.id, r.offer_id AS "offerId", r.state, r.content, r.base_content AS "baseContent", r.submitted_at AS "submittedAt",
       u.name AS "submittedByName", r.submitted_by_user_id AS "submittedByUserId", r.decided_at AS "decidedAt", r.return_reason AS "returnReason", r.version,
       o.provider_id AS "providerId", p.name AS "providerName", p.membership_id AS "providerMembershipId"
  FROM portal_offer_revisions r
  JOIN portal_offers o ON o.alliance_id = r.alliance_id AND o.id = r.offer_id
  JOIN portal_providers p ON p.alliance_id = o.alliance_id AND p.id = o.provider_id
  LEFT JOIN users u ON u.id = r.submitted_by_user_id`;

export interface OfferFilter {
  status?: string | null;
  providerId?: string | null;
  search?: string | null;
  /** Only published offers flagged as stale (or hidden). */
  stale?: boolean | null;
}

/** Offers and their revisions: the only SQL of the editorial workflow. */
@Injectable()
export class OffersRepository {
  offer(em: EntityManager, allianceId: string, id: string): Promise<OfferRow | undefined> {
    return one(em, `${OFFER_SELECT} WHERE o.alliance_id = $1 AND o.id = $2`, [allianceId, id]);
  }

  /** Locks the offer row for the change (two submissions or decisions at once wait for each other). */
  async lock(em: EntityManager, allianceId: string, id: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM portal_offers WHERE alliance_id = $1 AND id = $2 FOR UPDATE`, [allianceId, id]));
  }

  offersOfProvider(em: EntityManager, allianceId: string, providerId: string): Promise<OfferRow[]> {
    return rows(em, `${OFFER_SELECT} WHERE o.alliance_id = $1 AND o.provider_id = $2 ORDER BY lower(o.title), o.id`, [allianceId, providerId]);
  }

  /** A page of offers by title for the editors (keyset on lower(title), id). */
  async page(em: EntityManager, allianceId: string, f: OfferFilter, first: number, after?: [string, string]): Promise<{ rows: OfferRow[]; total: number }> {
    const where = [`o.alliance_id = $1`];
    const params: unknown[] = [allianceId];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (f.status) add(`o.status = ?`, f.status);
    if (f.providerId) add(`o.provider_id = ?`, f.providerId);
    if (f.search) add(`(o.title ILIKE ? OR p.name ILIKE ?)`, containsPattern(f.search));
    if (f.stale) where.push(`(o.stale_flagged_at IS NOT NULL OR o.stale_hidden_at IS NOT NULL)`);
    const filter = where.join(' AND ');
    const total = (await one<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM portal_offers o JOIN portal_providers p ON p.alliance_id = o.alliance_id AND p.id = o.provider_id WHERE ${filter}`,
      params,
    ))!.n;
    const pageParams = [...params];
    let keyset = '';
    if (after) {
      pageParams.push(after[0], after[1]);
      keyset = ` AND (lower(o.title), o.id) > ($${pageParams.length - 1}, $${pageParams.length}::uuid)`;
    }
    pageParams.push(first + 1);
    const found = await rows<OfferRow>(em, `${OFFER_SELECT} WHERE ${filter}${keyset} ORDER BY lower(o.title), o.id LIMIT $${pageParams.length}`, pageParams);
    return { rows: found, total };
  }

  async insert(em: EntityManager, allianceId: string, providerId: string, content: PortalOfferContent, userId: string): Promise<string> {
    const id = randomUUID();
    await em.query(`INSERT INTO portal_offers (alliance_id, id, provider_id, title, created_by_user_id) VALUES ($1, $2, $3, $4, $5)`, [
      allianceId,
      id,
      providerId,
      content.title,
      userId,
    ]);
    await this.writeContent(em, allianceId, id, content);
    return id;
  }

  /** Writes the content columns (no version check: callers hold the row lock and checked the version). */
  async writeContent(em: EntityManager, allianceId: string, id: string, content: PortalOfferContent): Promise<void> {
    const { sql, params } = contentAssignments(content, 3);
    await em.query(`UPDATE portal_offers SET ${sql}, updated_at = now() WHERE alliance_id = $1 AND id = $2`, [allianceId, id, ...params]);
  }

  /** Optimistic step of the offer's version: the submission was made on `version`. */
  async bump(em: EntityManager, allianceId: string, id: string, version: number, status?: string): Promise<number> {
    const r = await updateVersioned<{ version: number }>(
      em,
      'PortalOffer',
      `UPDATE portal_offers SET version = version + 1, status = coalesce($4, status), updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING version`,
      [allianceId, id, version, status ?? null],
      async () => !!(await one(em, `SELECT 1 FROM portal_offers WHERE alliance_id = $1 AND id = $2`, [allianceId, id])),
    );
    return r.version;
  }

  async setStatus(em: EntityManager, allianceId: string, id: string, status: string): Promise<void> {
    await em.query(`UPDATE portal_offers SET status = $3, version = version + 1, updated_at = now() WHERE alliance_id = $1 AND id = $2`, [
      allianceId,
      id,
      status,
    ]);
  }

  /** Approval: the content becomes the public version, confirmed now, and any staleness ends. */
  async publish(em: EntityManager, allianceId: string, id: string, content: PortalOfferContent, now: Date): Promise<void> {
    await this.writeContent(em, allianceId, id, content);
    await em.query(
      `UPDATE portal_offers SET status = 'PUBLISHED', published_at = coalesce(published_at, $3), confirmed_at = $3, confirm_requested_at = NULL,
              stale_flagged_at = NULL, stale_hidden_at = NULL, version = version + 1
        WHERE alliance_id = $1 AND id = $2`,
      [allianceId, id, now],
    );
  }

  async confirm(em: EntityManager, allianceId: string, id: string, version: number, now: Date): Promise<{ confirmedAt: Date; version: number }> {
    return updateVersioned(
      em,
      'PortalOffer',
      `UPDATE portal_offers SET confirmed_at = $4, confirm_requested_at = NULL, stale_flagged_at = NULL, stale_hidden_at = NULL, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING confirmed_at AS "confirmedAt", version`,
      [allianceId, id, version, now],
      async () => !!(await one(em, `SELECT 1 FROM portal_offers WHERE alliance_id = $1 AND id = $2`, [allianceId, id])),
    );
  }

  openRevision(em: EntityManager, allianceId: string, offerId: string): Promise<RevisionRow | undefined> {
    return one(em, `${REVISION_SELECT} WHERE r.alliance_id = $1 AND r.offer_id = $2 AND r.state IN ('PENDING', 'RETURNED')`, [allianceId, offerId]);
  }

  openRevisions(em: EntityManager, allianceId: string, offerIds: string[]): Promise<RevisionRow[]> {
    if (!offerIds.length) return Promise.resolve([]);
    return rows(em, `${REVISION_SELECT} WHERE r.alliance_id = $1 AND r.offer_id = ANY($2::uuid[]) AND r.state IN ('PENDING', 'RETURNED')`, [
      allianceId,
      offerIds,
    ]);
  }

  revision(em: EntityManager, allianceId: string, id: string): Promise<RevisionRow | undefined> {
    return one(em, `${REVISION_SELECT} WHERE r.alliance_id = $1 AND r.id = $2`, [allianceId, id]);
  }

  /** The editorial queue: pending revisions, oldest first. */
  queue(em: EntityManager, allianceId: string): Promise<RevisionRow[]> {
    return rows(em, `${REVISION_SELECT} WHERE r.alliance_id = $1 AND r.state = 'PENDING' ORDER BY r.submitted_at, r.id LIMIT 500`, [allianceId]);
  }

  async insertRevision(
    em: EntityManager,
    allianceId: string,
    r: { offerId: string; content: PortalOfferContent; base: PortalOfferContent | null; userId: string; now: Date },
  ): Promise<string> {
    const id = randomUUID();
    await em.query(
      `INSERT INTO portal_offer_revisions (alliance_id, id, offer_id, state, content, base_content, submitted_by_user_id, submitted_at)
       VALUES ($1, $2, $3, 'PENDING', $4, $5, $6, $7)`,
      [allianceId, id, r.offerId, JSON.stringify(r.content), r.base ? JSON.stringify(r.base) : null, r.userId, r.now],
    );
    return id;
  }

  /** A returned (or still pending) revision takes the new content and waits again; the editor's last reason stays readable until decided. */
  async resubmit(em: EntityManager, allianceId: string, id: string, content: PortalOfferContent, base: PortalOfferContent | null, userId: string, now: Date) {
    await em.query(
      `UPDATE portal_offer_revisions SET content = $3, base_content = $4, state = 'PENDING', submitted_by_user_id = $5, submitted_at = $6, version = version + 1
        WHERE alliance_id = $1 AND id = $2`,
      [allianceId, id, JSON.stringify(content), base ? JSON.stringify(base) : null, userId, now],
    );
  }

  async decide(
    em: EntityManager,
    allianceId: string,
    id: string,
    version: number,
    state: 'APPROVED' | 'RETURNED',
    userId: string,
    reason: string | null,
    now: Date,
  ) {
    await updateVersioned(
      em,
      'OfferRevision',
      `UPDATE portal_offer_revisions SET state = $4, decided_by_user_id = $5, decided_at = $6, return_reason = $7, version = version + 1
        WHERE alliance_id = $1 AND id = $2 AND version = $3 AND state = 'PENDING' RETURNING id`,
      [allianceId, id, version, state, userId, now, reason],
      async () => !!(await one(em, `SELECT 1 FROM portal_offer_revisions WHERE alliance_id = $1 AND id = $2`, [allianceId, id])),
    );
  }

  async withdrawOpen(em: EntityManager, allianceId: string, offerId: string): Promise<void> {
    await em.query(
      `UPDATE portal_offer_revisions SET state = 'WITHDRAWN', version = version + 1 WHERE alliance_id = $1 AND offer_id = $2 AND state IN ('PENDING', 'RETURNED')`,
      [allianceId, offerId],
    );
  }
}
