import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';

/**
 * What the export reads, one section per query. Every tenant query names the alliances
 * explicitly (`alliance_id = ANY($2)`) and runs under the transaction's read list, so row-level
 * security, not this WHERE, is what keeps other alliances out. Numbers as float8, timestamps as
 * Date (ISO strings in JSON). Token hashes and password hashes are never selected.
 */
const AUTHORED: Record<string, string> = {
  logEntries: `SELECT alliance_id AS "allianceId", id, type, title, body, occurred_on::text AS "occurredOn",
                      author_membership_id AS "authorMembershipId", conflict_state AS "conflictState", resolution,
                      created_at AS "createdAt", updated_at AS "updatedAt"
                 FROM log_entries WHERE alliance_id = ANY($2) AND author_user_id = $1 ORDER BY created_at, id`,
  comments: `SELECT alliance_id AS "allianceId", id, log_entry_id AS "logEntryId", body, created_at AS "createdAt"
               FROM comments WHERE alliance_id = ANY($2) AND author_user_id = $1 ORDER BY created_at, id`,
  proposals: `SELECT alliance_id AS "allianceId", id, title, body, state, outcome, closes_at AS "closesAt", created_at AS "createdAt"
                FROM proposals WHERE alliance_id = ANY($2) AND created_by_user_id = $1 ORDER BY created_at, id`,
  votes: `SELECT alliance_id AS "allianceId", proposal_id AS "proposalId", membership_id AS "membershipId", vote, comment, voted_at AS "votedAt"
            FROM proposal_votes WHERE alliance_id = ANY($2) AND voted_by_user_id = $1 ORDER BY voted_at, proposal_id`,
  actionItems: `SELECT alliance_id AS "allianceId", id, title, due_on::text AS "dueOn", done_at AS "doneAt",
                       owner_user_id = $1 AS "owner", done_by_user_id = $1 AS "doneByMe", created_by_user_id = $1 AS "createdByMe",
                       created_at AS "createdAt"
                  FROM action_items
                 WHERE alliance_id = ANY($2) AND (owner_user_id = $1 OR done_by_user_id = $1 OR created_by_user_id = $1)
                 ORDER BY created_at, id`,
  measurements: `SELECT alliance_id AS "allianceId", id, indicator_id AS "indicatorId", period_key AS "periodKey", value::float8 AS value,
                        numerator::float8 AS numerator, denominator::float8 AS denominator, note, status,
                        submitted_by_user_id = $1 AS "submittedByMe", submitted_at AS "submittedAt",
                        reviewed_by_user_id = $1 AS "reviewedByMe", reviewed_at AS "reviewedAt", rejection_reason AS "rejectionReason"
                   FROM measurements
                  WHERE alliance_id = ANY($2) AND (submitted_by_user_id = $1 OR reviewed_by_user_id = $1)
                  ORDER BY coalesce(submitted_at, reviewed_at), id`,
  agreementSignatures: `SELECT alliance_id AS "allianceId", id, agreement_version_id AS "agreementVersionId",
                               membership_id AS "membershipId", signed_at AS "signedAt"
                          FROM agreement_signatures WHERE alliance_id = ANY($2) AND signed_by_user_id = $1 ORDER BY signed_at, id`,
  agreementVersionsPublished: `SELECT alliance_id AS "allianceId", id, version_number AS "versionNumber", title, published_at AS "publishedAt"
                                 FROM agreement_versions WHERE alliance_id = ANY($2) AND published_by_user_id = $1 ORDER BY published_at, id`,
  reportingPeriods: `SELECT alliance_id AS "allianceId", id, period_key AS "periodKey", opened_by_user_id = $1 AS "openedByMe",
                            opened_at AS "openedAt", closed_by_user_id = $1 AS "closedByMe", closed_at AS "closedAt"
                       FROM reporting_periods WHERE alliance_id = ANY($2) AND (opened_by_user_id = $1 OR closed_by_user_id = $1)
                      ORDER BY opened_at, id`,
  auditEvents: `SELECT alliance_id AS "allianceId", id, action, entity_type AS "entityType", entity_id AS "entityId",
                       before, after, occurred_at AS "occurredAt"
                  FROM audit_events WHERE alliance_id = ANY($2) AND actor_user_id = $1 ORDER BY occurred_at, id`,
};

@Injectable()
export class PrivacyRepository {
  /** Alliances where the user holds a seat now (visible through the own-seats policy before any context). */
  async seatAllianceIds(em: EntityManager, userId: string): Promise<string[]> {
    const seats = await rows<{ alliance_id: string }>(em, `SELECT DISTINCT alliance_id FROM alliance_seats WHERE user_id = $1 AND left_at IS NULL`, [userId]);
    return seats.map((s) => s.alliance_id);
  }

  account(em: EntityManager, userId: string) {
    return one<Record<string, unknown>>(
      em,
      `SELECT id, email, name, locale, created_at AS "createdAt", updated_at AS "updatedAt",
              password_changed_at AS "passwordChangedAt", disabled_at AS "disabledAt"
         FROM users WHERE id = $1`,
      [userId],
    );
  }

  /** The person's notices (their own only: the notifications policies) in the alliances of the read list. */
  notifications(em: EntityManager, userId: string, allianceIds: string[]) {
    return rows(
      em,
      `SELECT id, alliance_id AS "allianceId", kind, subject_type AS "subjectType", subject_id AS "subjectId", params, link,
              created_at AS "createdAt", read_at AS "readAt"
         FROM notifications WHERE alliance_id = ANY($2::uuid[]) AND user_id = $1 ORDER BY created_at, id`,
      [userId, allianceIds],
    );
  }

  /** Reports and feedback sent through a portal with the person's address (co-production), in their alliances; never the tokens. */
  participation(em: EntityManager, email: string, allianceIds: string[]) {
    return rows(
      em,
      `SELECT id, alliance_id AS "allianceId", kind, text, rating, author_label AS "authorLabel", category, address, status, moderation,
              email, email_confirmed_at AS "emailConfirmedAt", created_at AS "createdAt"
         FROM participation_items WHERE alliance_id = ANY($2::uuid[]) AND lower(email) = lower($1) ORDER BY created_at, id`,
      [email, allianceIds],
    );
  }

  /** E-mail choices per kind, the reminder lead time, and whether a calendar address exists (never its secret). */
  async notificationChoices(em: EntityManager, userId: string) {
    const emailByKind = await rows(em, `SELECT kind, email FROM notification_preferences WHERE user_id = $1 ORDER BY kind`, [userId]);
    const settings = await one(
      em,
      `SELECT report_due_days AS "reportDueDays", calendar_token_hash IS NOT NULL AS "calendarFeed", calendar_token_created_at AS "calendarFeedCreatedAt"
         FROM notification_settings WHERE user_id = $1`,
      [userId],
    );
    return { emailByKind, settings: settings ?? null };
  }

  organisations(em: EntityManager, userId: string) {
    return rows(
      em,
      `SELECT o.id, o.name, o.kind, o.city, uo.created_at AS "linkedAt"
         FROM user_organisations uo JOIN organisations o ON o.id = uo.organisation_id
        WHERE uo.user_id = $1 ORDER BY uo.created_at, o.id`,
      [userId],
    );
  }

  /** All own seats (past ones too); alliance and membership details only where still readable. */
  seats(em: EntityManager, userId: string) {
    return rows(
      em,
      `SELECT s.alliance_id AS "allianceId", a.name AS "allianceName", s.membership_id AS "membershipId",
              m.organisation_id AS "organisationId", m.role, m.state AS "membershipState", s.is_admin AS "isAdmin",
              s.created_at AS "createdAt", s.left_at AS "leftAt"
         FROM alliance_seats s
         LEFT JOIN alliances a ON a.id = s.alliance_id
         LEFT JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id
        WHERE s.user_id = $1 ORDER BY s.created_at, s.id`,
      [userId],
    );
  }

  sessions(em: EntityManager, userId: string) {
    return rows(
      em,
      `SELECT id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
              revoked_at AS "revokedAt", user_agent AS "userAgent", ip
         FROM sessions WHERE user_id = $1 ORDER BY created_at, id`,
      [userId],
    );
  }

  /** Invitations to the person's address, and those they accepted (an organisation's, as its admin). */
  invitations(em: EntityManager, email: string, allianceIds: string[], userId: string) {
    return rows(
      em,
      `SELECT alliance_id AS "allianceId", id, email, created_at AS "createdAt", expires_at AS "expiresAt",
              accepted_at AS "acceptedAt", revoked_at AS "revokedAt"
         FROM invitations WHERE alliance_id = ANY($2) AND (lower(email) = lower($1) OR accepted_by_user_id = $3) ORDER BY created_at, id`,
      [email, allianceIds, userId],
    );
  }

  async authored(em: EntityManager, userId: string, allianceIds: string[]): Promise<Record<string, unknown[]>> {
    const result: Record<string, unknown[]> = {};
    for (const [section, sql] of Object.entries(AUTHORED)) result[section] = await rows(em, sql, [userId, allianceIds]);
    return result;
  }

  /**
   * Alliances (with their name) where the user is the only active admin of any active backbone
   * membership while somebody else still holds a seat: erasing them would leave the alliance
   * without anyone who can administer it.
   */
  soleBackboneAdminOf(em: EntityManager, userId: string, allianceIds: string[]) {
    return rows<{ id: string; name: string }>(
      em,
      `SELECT DISTINCT a.id, a.name
         FROM alliance_seats s
         JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id
         JOIN alliances a ON a.id = s.alliance_id
        WHERE s.alliance_id = ANY($2) AND s.user_id = $1 AND s.left_at IS NULL AND s.is_admin
          AND m.role = 'BACKBONE' AND m.state = 'ACTIVE'
          AND NOT EXISTS (
            SELECT 1 FROM alliance_seats o
              JOIN memberships om ON om.alliance_id = o.alliance_id AND om.id = o.membership_id
              JOIN users ou ON ou.id = o.user_id
             WHERE o.alliance_id = s.alliance_id AND o.user_id <> $1 AND o.left_at IS NULL AND o.is_admin
               AND om.role = 'BACKBONE' AND om.state = 'ACTIVE' AND ou.disabled_at IS NULL)
          AND EXISTS (
            SELECT 1 FROM alliance_seats o WHERE o.alliance_id = s.alliance_id AND o.user_id <> $1 AND o.left_at IS NULL)
        ORDER BY a.name`,
      [userId, allianceIds],
    );
  }

  /** Alliances where the user ever held a seat: where their traces can be. */
  async everSeatAllianceIds(em: EntityManager, userId: string): Promise<string[]> {
    const seats = await rows<{ alliance_id: string }>(em, `SELECT DISTINCT alliance_id FROM alliance_seats WHERE user_id = $1`, [userId]);
    return seats.map((s) => s.alliance_id);
  }

  /**
   * The account's own rows (right to erasure): sessions revoked and stripped, organisations left,
   * second factor, login counters, mails and reset links, notification choices; colleague
   * invitations keep their record under the pseudonym; the user row becomes the pseudonym.
   */
  async eraseAccount(
    em: EntityManager,
    p: { userId: string; email: string; accountKey: string; pseudonym: string; erasedName: string; passwordHash: string },
  ): Promise<void> {
    await em.query(`UPDATE sessions SET revoked_at = coalesce(revoked_at, now()), ip = NULL, user_agent = NULL WHERE user_id = $1`, [p.userId]);
    await em.query(`DELETE FROM user_organisations WHERE user_id = $1`, [p.userId]);
    // The second factor goes with the account: secret, recovery codes, open challenges.
    await em.query(`DELETE FROM totp_recovery_codes WHERE user_id = $1`, [p.userId]);
    await em.query(`DELETE FROM login_challenges WHERE user_id = $1`, [p.userId]);
    // The account's login counters (account, and account + address) go too.
    await em.query(`DELETE FROM login_failures WHERE (kind = 'account' AND key = $1) OR (kind = 'pair' AND left(key, length($1) + 1) = $1 || ' ')`, [
      p.accountKey,
    ]);
    // Mails to the person (rendered with name and address) and open reset links go with the account.
    await em.query(`SELECT gw_forget_my_mail($1)`, [p.email]);
    await em.query(`DELETE FROM password_reset_tokens WHERE user_id = $1`, [p.userId]);
    // Notification choices and the calendar address (its notices go per alliance, below).
    await em.query(`DELETE FROM notification_preferences WHERE user_id = $1`, [p.userId]);
    await em.query(`DELETE FROM notification_settings WHERE user_id = $1`, [p.userId]);
    // Colleague invitations to their address keep the record, under the pseudonym; open ones end.
    await em.query(
      `UPDATE colleague_invitations SET email = $2, revoked_at = CASE WHEN accepted_at IS NULL THEN coalesce(revoked_at, now()) ELSE revoked_at END WHERE email = $1`,
      [p.email, p.pseudonym],
    );
    await em.query(
      `UPDATE users SET email = $2, name = $3, password_hash = $4, totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL,
              disabled_at = now(), updated_at = now() WHERE id = $1`,
      [p.userId, p.pseudonym, p.erasedName, p.passwordHash],
    );
  }

  /** The person's traces in one alliance (entered by the caller): seats, invitations to their address, notices, audit personal data. */
  async eraseInAlliance(em: EntityManager, allianceId: string, userId: string, email: string, pseudonym: string): Promise<void> {
    await em.query(`UPDATE alliance_seats SET left_at = now() WHERE alliance_id = $1 AND user_id = $2 AND left_at IS NULL`, [allianceId, userId]);
    const revoked = await rows<{ membership_id: string }>(
      em,
      `UPDATE invitations
          SET email = $3, revoked_at = CASE WHEN accepted_at IS NULL THEN coalesce(revoked_at, now()) ELSE revoked_at END
        WHERE alliance_id = $1 AND lower(email) = lower($2)
        RETURNING membership_id`,
      [allianceId, email, pseudonym],
    );
    // As when the backbone revokes: a membership that only waited for this person ends.
    await em.query(
      `UPDATE memberships SET state = 'LEFT', left_at = now(), version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = ANY($2) AND state = 'INVITED'
          AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.alliance_id = $1 AND i.membership_id = memberships.id
                             AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now())`,
      [allianceId, revoked.map((r) => r.membership_id)],
    );
    await em.query(`DELETE FROM notifications WHERE alliance_id = $1 AND user_id = $2`, [allianceId, userId]);
    // Co-production: the person's address on reports and feedback (the text stays, as moderated and public).
    await em.query(
      `UPDATE participation_items SET email = NULL, confirm_token_hash = NULL, contact_erased_at = now() WHERE alliance_id = $1 AND lower(email) = lower($2)`,
      [allianceId, email],
    );
    // The one controlled exception to append-only audit events (see the PrivacyErasure migration).
    await em.query(`SELECT gw_erase_audit_personal_data()`);
  }
}
