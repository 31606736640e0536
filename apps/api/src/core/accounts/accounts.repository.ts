import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';
import { OrganisationModel, UserModel } from './accounts.models';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  locale: string;
  password_hash: string;
  disabled_at: Date | null;
  email_verified_at: Date | null;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: string | null;
  is_platform_admin: boolean;
}

/** Users and organisations are platform-wide (no alliance column, no row-level security). */
@Injectable()
export class AccountsRepository {
  findUserByEmail(em: EntityManager, email: string): Promise<UserRow | undefined> {
    return one<UserRow>(em, `SELECT * FROM users WHERE email = $1`, [email.trim().toLowerCase()]);
  }

  findUser(em: EntityManager, id: string): Promise<UserRow | undefined> {
    return one<UserRow>(em, `SELECT * FROM users WHERE id = $1`, [id]);
  }

  organisationsOf(em: EntityManager, userId: string): Promise<OrganisationModel[]> {
    return rows<OrganisationModel>(
      em,
      `SELECT o.id, o.name, o.kind, o.city FROM organisations o
         JOIN user_organisations uo ON uo.organisation_id = o.id
        WHERE uo.user_id = $1 ORDER BY o.name`,
      [userId],
    );
  }

  findOrganisation(em: EntityManager, id: string): Promise<OrganisationModel | undefined> {
    return one<OrganisationModel>(em, `SELECT id, name, kind, city FROM organisations WHERE id = $1`, [id]);
  }

  async insertUser(em: EntityManager, u: { id: string; email: string; name: string; passwordHash: string; locale?: string }): Promise<void> {
    await em.query(`INSERT INTO users (id, email, name, password_hash, locale) VALUES ($1, $2, $3, $4, $5)`, [
      u.id,
      u.email.trim().toLowerCase(),
      u.name,
      u.passwordHash,
      u.locale ?? 'de',
    ]);
  }

  async insertOrganisation(em: EntityManager, o: { id: string; name: string; kind: string; city?: string | null }): Promise<void> {
    await em.query(`INSERT INTO organisations (id, name, kind, city) VALUES ($1, $2, $3, $4)`, [o.id, o.name, o.kind, o.city ?? null]);
  }

  async linkUserToOrganisation(em: EntityManager, userId: string, organisationId: string): Promise<void> {
    await em.query(`INSERT INTO user_organisations (user_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [userId, organisationId]);
  }

  /** A personal setting outside any alliance: `locale` or `name`. */
  async updateUser(em: EntityManager, id: string, change: { locale: string } | { name: string }): Promise<void> {
    if ('locale' in change) await em.query(`UPDATE users SET locale = $2, updated_at = now() WHERE id = $1`, [id, change.locale]);
    else await em.query(`UPDATE users SET name = $2, updated_at = now() WHERE id = $1`, [id, change.name]);
  }

  /** A new password hash; `verifiesEmail` also counts the address as proved (a reset link came to it). */
  async setPasswordHash(em: EntityManager, id: string, passwordHash: string, verifiesEmail = false): Promise<void> {
    if (verifiesEmail)
      await em.query(
        `UPDATE users SET password_hash = $2, password_changed_at = now(), email_verified_at = coalesce(email_verified_at, now()), updated_at = now() WHERE id = $1`,
        [id, passwordHash],
      );
    else await em.query(`UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`, [id, passwordHash]);
  }

  async makePlatformAdmin(em: EntityManager, id: string): Promise<void> {
    await em.query(`UPDATE users SET is_platform_admin = true WHERE id = $1`, [id]);
  }

  async toUserModel(em: EntityManager, row: Pick<UserRow, 'id' | 'email' | 'name' | 'locale'> & { is_platform_admin?: boolean }): Promise<UserModel> {
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      locale: row.locale,
      isPlatformAdmin: row.is_platform_admin === true,
      organisations: await this.organisationsOf(em, row.id),
    };
  }
}
