import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { conflict } from '../../core/errors';
import { one, rows, updateVersioned } from '../../database/sql';
import type { PortalProviderModel, PortalSettingsModel, UpdatePortalProviderInput, UpdatePortalSettingsInput } from './portal.models';
import type { PortalMapSettings } from './portal.rules';

export const DEFAULT_SETTINGS: Omit<PortalSettingsModel, 'version'> = {
  enabled: false,
  name: '',
  intro: '',
  logoDataUrl: null,
  primaryColor: null,
  accentColor: null,
  providerSignupOpen: true,
  reminderMonths: 6,
  flagMonths: 9,
  hideMonths: 12,
  slug: null,
  mapStyleUrl: null,
  tileUrl: null,
};

const SETTINGS_COLUMNS = `enabled, name, intro, logo_data_url AS "logoDataUrl", primary_color AS "primaryColor", accent_color AS "accentColor",
  provider_signup_open AS "providerSignupOpen", reminder_months::int AS "reminderMonths", flag_months::int AS "flagMonths", hide_months::int AS "hideMonths", version`;

const PROVIDER_COLUMNS = `p.id, p.name, p.description, p.website, p.email, p.phone, p.address, p.membership_id AS "membershipId", p.version,
  coalesce(m.role IS NOT NULL AND m.role <> 'PROVIDER', false) AS "isAllianceMember",
  (SELECT count(*)::int FROM portal_offers o WHERE o.alliance_id = p.alliance_id AND o.provider_id = p.id AND o.status <> 'ARCHIVED') AS "offerCount"`;

/** Providers, their settings, editors and district figures (offers and revisions: offers.repository.ts). */
@Injectable()
export class PortalRepository {
  /** The settings with the portal's address and map (portal_public_settings, while it has an address). */
  async settings(em: EntityManager, allianceId: string): Promise<PortalSettingsModel> {
    const [row, address] = await Promise.all([
      one<PortalSettingsModel>(em, `SELECT ${SETTINGS_COLUMNS} FROM portal_settings WHERE alliance_id = $1`, [allianceId]),
      this.address(em, allianceId),
    ]);
    return {
      ...(row ?? { ...DEFAULT_SETTINGS, version: 0 }),
      slug: address?.slug ?? null,
      mapStyleUrl: address?.mapStyleUrl ?? null,
      tileUrl: address?.tileUrl ?? null,
    };
  }

  address(em: EntityManager, allianceId: string): Promise<PortalMapSettings | undefined> {
    return one<PortalMapSettings>(em, `SELECT slug, map_style_url AS "mapStyleUrl", tile_url AS "tileUrl" FROM portal_public_settings WHERE alliance_id = $1`, [
      allianceId,
    ]);
  }

  /** Sets the public address and map; 'taken' when another portal has the address (its unique key is global). */
  async saveAddress(em: EntityManager, allianceId: string, a: PortalMapSettings & { slug: string }): Promise<'taken' | 'saved'> {
    try {
      await em.query(
        `INSERT INTO portal_public_settings (alliance_id, slug, map_style_url, tile_url) VALUES ($1, $2, $3, $4)
         ON CONFLICT (alliance_id) DO UPDATE SET slug = $2, map_style_url = $3, tile_url = $4, version = portal_public_settings.version + 1, updated_at = now()`,
        [allianceId, a.slug, a.mapStyleUrl, a.tileUrl],
      );
      return 'saved';
    } catch (e) {
      const err = e as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
      if ((err.code ?? err.driverError?.code) === '23505' && (err.constraint ?? err.driverError?.constraint) === 'uq_portal_public_settings_slug')
        return 'taken';
      throw e;
    }
  }

  logo(em: EntityManager, allianceId: string): Promise<string | null> {
    return one<{ logo: string | null }>(em, `SELECT logo_data_url AS logo FROM portal_settings WHERE alliance_id = $1`, [allianceId]).then(
      (r) => r?.logo ?? null,
    );
  }

  /** Version 0 creates the row (a portal never set up); otherwise an optimistic update. */
  async saveSettings(em: EntityManager, allianceId: string, s: UpdatePortalSettingsInput): Promise<PortalSettingsModel> {
    const values = [
      allianceId,
      s.enabled,
      s.name,
      s.intro,
      s.primaryColor ?? null,
      s.accentColor ?? null,
      s.providerSignupOpen,
      s.reminderMonths,
      s.flagMonths,
      s.hideMonths,
    ];
    if (s.version === 0) {
      const created = await rows<PortalSettingsModel>(
        em,
        `INSERT INTO portal_settings (alliance_id, enabled, name, intro, primary_color, accent_color, provider_signup_open, reminder_months, flag_months, hide_months)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (alliance_id) DO NOTHING RETURNING ${SETTINGS_COLUMNS}`,
        values,
      );
      if (created.length) return created[0];
      throw conflict('PortalSettings');
    }
    return updateVersioned<PortalSettingsModel>(
      em,
      'PortalSettings',
      `UPDATE portal_settings SET enabled = $2, name = $3, intro = $4, primary_color = $5, accent_color = $6, provider_signup_open = $7,
              reminder_months = $8, flag_months = $9, hide_months = $10, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND version = $11 RETURNING ${SETTINGS_COLUMNS}`,
      [...values, s.version],
      async () => !!(await one(em, `SELECT 1 FROM portal_settings WHERE alliance_id = $1`, [allianceId])),
    );
  }

  /** The logo alone (its own mutation; the settings form's version stays, so an open form is not outdated by it). */
  async setLogo(em: EntityManager, allianceId: string, dataUrl: string | null): Promise<void> {
    await em.query(
      `INSERT INTO portal_settings (alliance_id, logo_data_url) VALUES ($1, $2)
       ON CONFLICT (alliance_id) DO UPDATE SET logo_data_url = $2, updated_at = now()`,
      [allianceId, dataUrl],
    );
  }

  /** True (and the alliance context set) while the portal is on and takes sign-ups: see gw_enter_portal_signup. */
  async enterSignup(em: EntityManager, allianceId: string): Promise<boolean> {
    const [{ ok }] = await em.query(`SELECT gw_enter_portal_signup($1) AS ok`, [allianceId]);
    return ok === true;
  }

  /** The new provider's membership (PROVIDER, active) and its first person's seat (admin of it). */
  async insertProviderMembership(em: EntityManager, allianceId: string, organisationId: string, userId: string): Promise<string> {
    const id = randomUUID();
    await em.query(`INSERT INTO memberships (alliance_id, id, organisation_id, role, state, joined_at) VALUES ($1, $2, $3, 'PROVIDER', 'ACTIVE', now())`, [
      allianceId,
      id,
      organisationId,
    ]);
    await em.query(`INSERT INTO alliance_seats (alliance_id, id, membership_id, user_id, is_admin) VALUES ($1, $2, $3, $4, true)`, [
      allianceId,
      randomUUID(),
      id,
      userId,
    ]);
    return id;
  }

  districts(em: EntityManager, allianceId: string, withShapes: boolean): Promise<{ id: string; name: string; geojson: unknown | null }[]> {
    return rows(em, `SELECT id, name, CASE WHEN $2 THEN geojson END AS geojson FROM districts WHERE alliance_id = $1 ORDER BY name`, [allianceId, withShapes]);
  }

  async isAppointedEditor(em: EntityManager, allianceId: string, membershipId: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM portal_editors WHERE alliance_id = $1 AND membership_id = $2`, [allianceId, membershipId]));
  }

  editors(em: EntityManager, allianceId: string): Promise<{ membershipId: string; organisationName: string }[]> {
    return rows(
      em,
      `SELECT e.membership_id AS "membershipId", o.name AS "organisationName"
         FROM portal_editors e JOIN memberships m ON m.alliance_id = e.alliance_id AND m.id = e.membership_id
         JOIN organisations o ON o.id = m.organisation_id
        WHERE e.alliance_id = $1 ORDER BY o.name`,
      [allianceId],
    );
  }

  async setEditor(em: EntityManager, allianceId: string, membershipId: string, appointed: boolean): Promise<void> {
    if (appointed) await em.query(`INSERT INTO portal_editors (alliance_id, membership_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [allianceId, membershipId]);
    else await em.query(`DELETE FROM portal_editors WHERE alliance_id = $1 AND membership_id = $2`, [allianceId, membershipId]);
  }

  /** People who edit the portal: the backbone's and the appointed memberships' active seats. */
  async editorUserIds(em: EntityManager, allianceId: string): Promise<string[]> {
    const found = await rows<{ id: string }>(
      em,
      `SELECT DISTINCT s.user_id AS id FROM alliance_seats s
         JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id AND m.state = 'ACTIVE'
        WHERE s.alliance_id = $1 AND s.left_at IS NULL
          AND (m.role = 'BACKBONE' OR EXISTS (SELECT 1 FROM portal_editors e WHERE e.alliance_id = m.alliance_id AND e.membership_id = m.id))`,
      [allianceId],
    );
    return found.map((r) => r.id);
  }

  membershipRole(em: EntityManager, allianceId: string, membershipId: string): Promise<{ role: string; state: string } | undefined> {
    return one(em, `SELECT role, state FROM memberships WHERE alliance_id = $1 AND id = $2`, [allianceId, membershipId]);
  }

  providerOf(em: EntityManager, allianceId: string, membershipId: string): Promise<PortalProviderModel | undefined> {
    return one(
      em,
      `SELECT ${PROVIDER_COLUMNS} FROM portal_providers p LEFT JOIN memberships m ON m.alliance_id = p.alliance_id AND m.id = p.membership_id
        WHERE p.alliance_id = $1 AND p.membership_id = $2`,
      [allianceId, membershipId],
    );
  }

  provider(em: EntityManager, allianceId: string, id: string): Promise<PortalProviderModel | undefined> {
    return one(
      em,
      `SELECT ${PROVIDER_COLUMNS} FROM portal_providers p LEFT JOIN memberships m ON m.alliance_id = p.alliance_id AND m.id = p.membership_id
        WHERE p.alliance_id = $1 AND p.id = $2`,
      [allianceId, id],
    );
  }

  providers(em: EntityManager, allianceId: string): Promise<PortalProviderModel[]> {
    return rows(
      em,
      `SELECT ${PROVIDER_COLUMNS} FROM portal_providers p LEFT JOIN memberships m ON m.alliance_id = p.alliance_id AND m.id = p.membership_id
        WHERE p.alliance_id = $1 ORDER BY lower(p.name), p.id`,
      [allianceId],
    );
  }

  /** The provider of a membership, created from its organisation on first use (members that start listing offers). */
  async ensureProviderOf(em: EntityManager, allianceId: string, membershipId: string): Promise<PortalProviderModel> {
    await em.query(
      `INSERT INTO portal_providers (alliance_id, id, membership_id, organisation_id, name)
       SELECT m.alliance_id, $3, m.id, m.organisation_id, o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.alliance_id = $1 AND m.id = $2
       ON CONFLICT (alliance_id, membership_id) WHERE membership_id IS NOT NULL DO NOTHING`,
      [allianceId, membershipId, randomUUID()],
    );
    return (await this.providerOf(em, allianceId, membershipId))!;
  }

  async insertProvider(
    em: EntityManager,
    allianceId: string,
    p: { membershipId: string | null; organisationId: string | null; name: string; email: string | null },
  ): Promise<string> {
    const id = randomUUID();
    await em.query(`INSERT INTO portal_providers (alliance_id, id, membership_id, organisation_id, name, email) VALUES ($1, $2, $3, $4, $5, $6)`, [
      allianceId,
      id,
      p.membershipId,
      p.organisationId,
      p.name,
      p.email,
    ]);
    return id;
  }

  async updateProvider(em: EntityManager, allianceId: string, input: UpdatePortalProviderInput): Promise<void> {
    await updateVersioned(
      em,
      'PortalProvider',
      `UPDATE portal_providers SET name = $4, description = $5, website = $6, email = $7, phone = $8, address = $9, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [
        allianceId,
        input.providerId,
        input.version,
        input.name,
        input.description,
        input.website ?? null,
        input.email ?? null,
        input.phone ?? null,
        input.address ?? null,
      ],
      async () => !!(await this.provider(em, allianceId, input.providerId)),
    );
  }

  /** Ids of `ids` that do not name a row of `table` in the alliance (districts, goals, activities). */
  async unknownIds(em: EntityManager, allianceId: string, table: 'districts' | 'goals' | 'activities', ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const found = await rows<{ id: string }>(em, `SELECT id FROM ${table} WHERE alliance_id = $1 AND id = ANY($2::uuid[])`, [allianceId, ids]);
    const known = new Set(found.map((r) => r.id));
    return ids.filter((id) => !known.has(id));
  }

  /** Images of `ids` that are not this provider's. */
  async foreignImages(em: EntityManager, allianceId: string, providerId: string, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const found = await rows<{ id: string }>(em, `SELECT id FROM portal_offer_images WHERE alliance_id = $1 AND provider_id = $2 AND id = ANY($3::uuid[])`, [
      allianceId,
      providerId,
      ids,
    ]);
    const known = new Set(found.map((r) => r.id));
    return ids.filter((id) => !known.has(id));
  }

  async insertImage(
    em: EntityManager,
    allianceId: string,
    img: { providerId: string; mimeType: string; width: number; height: number; data: Buffer; altText: string },
  ): Promise<string> {
    const id = randomUUID();
    await em.query(
      `INSERT INTO portal_offer_images (alliance_id, id, provider_id, mime_type, width, height, byte_size, alt_text, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [allianceId, id, img.providerId, img.mimeType, img.width, img.height, img.data.length, img.altText, img.data],
    );
    return id;
  }

  images(
    em: EntityManager,
    allianceId: string,
    ids: string[],
  ): Promise<{ id: string; providerId: string; mimeType: string; width: number; height: number; altText: string; data: Buffer }[]> {
    return rows(
      em,
      `SELECT id, provider_id AS "providerId", mime_type AS "mimeType", width, height, alt_text AS "altText", data
         FROM portal_offer_images WHERE alliance_id = $1 AND id = ANY($2::uuid[])`,
      [allianceId, ids],
    );
  }

  async setPopulation(em: EntityManager, allianceId: string, districtId: string, population: number | null, year: number | null): Promise<void> {
    if (population === null) {
      await em.query(`DELETE FROM portal_district_populations WHERE alliance_id = $1 AND district_id = $2`, [allianceId, districtId]);
      return;
    }
    await em.query(
      `INSERT INTO portal_district_populations (alliance_id, district_id, population, year) VALUES ($1, $2, $3, $4)
       ON CONFLICT (alliance_id, district_id) DO UPDATE SET population = $3, year = $4, version = portal_district_populations.version + 1`,
      [allianceId, districtId, population, year],
    );
  }
}
