import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { containsPattern, one, rows } from '../../database/sql';
import type { OrganisationModel } from '../../core/accounts/accounts.models';

/** Platform settings and sign-up tokens: platform-wide tables (see migration Onboarding). */
@Injectable()
export class OnboardingRepository {
  async settings(em: EntityManager): Promise<{ registrationOpen: boolean; updatedAt: Date }> {
    const row = (await one<{ registration_open: boolean; updated_at: Date }>(em, `SELECT registration_open, updated_at FROM platform_settings WHERE id = 1`))!;
    return { registrationOpen: row.registration_open, updatedAt: row.updated_at };
  }

  /** Row-level security lets only a platform admin change the row. */
  async setRegistrationOpen(em: EntityManager, open: boolean, userId: string): Promise<void> {
    await em.query(`UPDATE platform_settings SET registration_open = $1, updated_by = $2, updated_at = now() WHERE id = 1`, [open, userId]);
  }

  async isPlatformAdmin(em: EntityManager): Promise<boolean> {
    const [{ admin }] = await em.query(`SELECT gw_is_platform_admin() AS admin`);
    return admin === true;
  }

  searchOrganisations(em: EntityManager, query: string): Promise<OrganisationModel[]> {
    return rows<OrganisationModel>(em, `SELECT id, name, kind, city FROM organisations WHERE name ILIKE $1 ORDER BY name LIMIT 20`, [containsPattern(query)]);
  }

  /** Removes sign-ups never confirmed before `cutoff` (at least seven days: see migration StaleSignups). */
  async removeStaleSignups(em: EntityManager, cutoff: Date): Promise<number> {
    const [{ n }] = await em.query(`SELECT gw_remove_stale_signups($1) AS n`, [cutoff]);
    return Number(n);
  }

  async markUnverified(em: EntityManager, userId: string): Promise<void> {
    await em.query(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [userId]);
  }

  async insertVerificationToken(em: EntityManager, userId: string, tokenHash: string, hours: number): Promise<void> {
    await em.query(`INSERT INTO email_verification_tokens (id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`, [
      randomUUID(),
      userId,
      tokenHash,
      hours,
    ]);
  }

  /** The account of an open, unexpired link (locked), or nothing. */
  findVerificationForUpdate(em: EntityManager, tokenHash: string) {
    return one<{ id: string; user_id: string }>(
      em,
      `SELECT t.id, t.user_id FROM email_verification_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.disabled_at IS NULL FOR UPDATE OF t`,
      [tokenHash],
    );
  }

  /** Spends every open link of the account and marks its address verified. */
  async verify(em: EntityManager, userId: string): Promise<void> {
    await em.query(`UPDATE email_verification_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
    await em.query(`UPDATE users SET email_verified_at = coalesce(email_verified_at, now()), updated_at = now() WHERE id = $1`, [userId]);
  }
}
