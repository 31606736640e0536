import { randomUUID } from 'node:crypto';
import type { ResourceCategoryName, ResourceDirectionName } from '@gemeinwerk/shared';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one, rows, updateVersioned } from '../../database/sql';
import type { OrganisationModel } from '../../core/accounts/accounts.models';

const ORGANISATION = (o: string) => `json_build_object('id', ${o}.id, 'name', ${o}.name, 'kind', ${o}.kind, 'city', ${o}.city)`;

export interface ResourceRow {
  id: string;
  membershipId: string;
  organisation: OrganisationModel;
  direction: ResourceDirectionName;
  category: ResourceCategoryName;
  field: string;
  districtId: string | null;
  districtName: string | null;
  targetGroup: string | null;
  note: string;
  version: number;
}

export interface ResourceFields {
  direction: ResourceDirectionName;
  category: ResourceCategoryName;
  field: string;
  districtId: string | null;
  targetGroup: string | null;
  note: string;
}

export interface OfferRow {
  id: string;
  title: string;
  providerName: string;
  providerMembershipId: string | null;
  categories: string[];
  targetGroups: string[];
  districtId: string | null;
  languages: string[];
}

export interface MemberRow {
  id: string;
  name: string;
}

const RESOURCE = `r.id, r.membership_id AS "membershipId", ${ORGANISATION('o')} AS organisation, r.direction, r.category, r.field,
  r.district_id AS "districtId", d.name AS "districtName", r.target_group AS "targetGroup", r.note, r.version`;
const RESOURCE_FROM = `member_resources r
  JOIN memberships m ON m.alliance_id = r.alliance_id AND m.id = r.membership_id
  JOIN organisations o ON o.id = m.organisation_id
  LEFT JOIN districts d ON d.alliance_id = r.alliance_id AND d.id = r.district_id`;

/** The SQL of matching: every load is one statement for the whole alliance, never one per member or offer. */
@Injectable()
export class MatchingRepository {
  /** Offers and needs of the alliance's active members (or of one member), by organisation. */
  resources(em: EntityManager, allianceId: string, membershipId: string | null): Promise<ResourceRow[]> {
    return rows(
      em,
      `SELECT ${RESOURCE} FROM ${RESOURCE_FROM}
        WHERE r.alliance_id = $1 AND m.state = 'ACTIVE' AND ($2::uuid IS NULL OR r.membership_id = $2)
        ORDER BY o.name, r.membership_id, r.direction DESC, r.category, r.created_at, r.id`,
      [allianceId, membershipId],
    );
  }

  resource(em: EntityManager, allianceId: string, id: string): Promise<ResourceRow | undefined> {
    return one(em, `SELECT ${RESOURCE} FROM ${RESOURCE_FROM} WHERE r.alliance_id = $1 AND r.id = $2`, [allianceId, id]);
  }

  /** An active member of the alliance that works in it (portal providers are found through their offers). */
  activeMember(em: EntityManager, allianceId: string, membershipId: string): Promise<MemberRow | undefined> {
    return one(
      em,
      `SELECT m.id, o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.alliance_id = $1 AND m.id = $2 AND m.state = 'ACTIVE' AND m.role <> 'PROVIDER'`,
      [allianceId, membershipId],
    );
  }

  /** Active members by id with their organisation's name. */
  members(em: EntityManager, allianceId: string): Promise<MemberRow[]> {
    return rows(
      em,
      `SELECT m.id, o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.alliance_id = $1 AND m.state = 'ACTIVE' AND m.role <> 'PROVIDER'`,
      [allianceId],
    );
  }

  async districtExists(em: EntityManager, allianceId: string, id: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM districts WHERE alliance_id = $1 AND id = $2`, [allianceId, id]));
  }

  districts(em: EntityManager, allianceId: string): Promise<{ id: string; name: string }[]> {
    return rows(em, `SELECT id, name FROM districts WHERE alliance_id = $1 ORDER BY name`, [allianceId]);
  }

  /** Target groups and fields the alliance already uses (activities, published offers, offers and needs), so members pick the same words. */
  async vocabulary(em: EntityManager, allianceId: string): Promise<{ targetGroups: string[]; fields: string[] }> {
    const row = await one<{ targetGroups: string[] | null; fields: string[] | null }>(
      em,
      `SELECT
         (SELECT array_agg(DISTINCT g ORDER BY g) FROM (
            SELECT unnest(target_groups) AS g FROM activities WHERE alliance_id = $1
            UNION SELECT unnest(target_groups) FROM portal_offers WHERE alliance_id = $1 AND status = 'PUBLISHED'
            UNION SELECT target_group FROM member_resources WHERE alliance_id = $1 AND target_group IS NOT NULL) t WHERE g <> '') AS "targetGroups",
         (SELECT array_agg(DISTINCT f ORDER BY f) FROM (
            SELECT field AS f FROM member_resources WHERE alliance_id = $1 AND category = 'EXPERTISE'
            UNION SELECT unnest(categories) FROM portal_offers WHERE alliance_id = $1 AND status = 'PUBLISHED') t WHERE f <> '') AS fields`,
      [allianceId],
    );
    return { targetGroups: row?.targetGroups ?? [], fields: row?.fields ?? [] };
  }

  /** Published offers of the portal that are not hidden as stale, with their provider. */
  publishedOffers(em: EntityManager, allianceId: string, offerId: string | null = null): Promise<OfferRow[]> {
    return rows(
      em,
      `SELECT f.id, f.title, p.name AS "providerName", p.membership_id AS "providerMembershipId", f.categories, f.target_groups AS "targetGroups",
              f.district_id AS "districtId", f.languages
         FROM portal_offers f JOIN portal_providers p ON p.alliance_id = f.alliance_id AND p.id = f.provider_id
        WHERE f.alliance_id = $1 AND f.status = 'PUBLISHED' AND f.stale_hidden_at IS NULL AND ($2::uuid IS NULL OR f.id = $2)
        ORDER BY f.title, f.id`,
      [allianceId, offerId],
    );
  }

  /** Whom a member already asked: member ids and offer ids. */
  async contacted(em: EntityManager, allianceId: string, fromMembershipId: string): Promise<Set<string>> {
    const found = await rows<{ id: string }>(
      em,
      `SELECT DISTINCT coalesce(to_membership_id, offer_id) AS id FROM contact_requests WHERE alliance_id = $1 AND from_membership_id = $2`,
      [allianceId, fromMembershipId],
    );
    return new Set(found.map((r) => r.id));
  }

  async insertResource(em: EntityManager, allianceId: string, membershipId: string, f: ResourceFields): Promise<string> {
    const id = randomUUID();
    await em.query(
      `INSERT INTO member_resources (alliance_id, id, membership_id, direction, category, field, district_id, target_group, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [allianceId, id, membershipId, f.direction, f.category, f.field, f.districtId, f.targetGroup, f.note],
    );
    return id;
  }

  async updateResource(em: EntityManager, allianceId: string, id: string, version: number, f: ResourceFields): Promise<void> {
    await updateVersioned(
      em,
      'MemberResource',
      `UPDATE member_resources SET direction = $4, category = $5, field = $6, district_id = $7, target_group = $8, note = $9,
              version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [allianceId, id, version, f.direction, f.category, f.field, f.districtId, f.targetGroup, f.note],
      async () => !!(await this.resource(em, allianceId, id)),
    );
  }

  async deleteResource(em: EntityManager, allianceId: string, id: string, version: number): Promise<boolean> {
    const gone = await rows(em, `DELETE FROM member_resources WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING id`, [allianceId, id, version]);
    return gone.length === 1;
  }

  async insertContactRequest(
    em: EntityManager,
    allianceId: string,
    r: { fromMembershipId: string; toMembershipId: string | null; offerId: string | null; message: string; logEntryId: string },
  ): Promise<string> {
    const id = randomUUID();
    await em.query(
      `INSERT INTO contact_requests (alliance_id, id, from_membership_id, to_membership_id, offer_id, message, log_entry_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [allianceId, id, r.fromMembershipId, r.toMembershipId, r.offerId, r.message, r.logEntryId],
    );
    return id;
  }
}
