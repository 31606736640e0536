import { Injectable } from '@nestjs/common';
import type { MembershipRoleName } from '@gemeinwerk/shared';
import type { EntityManager } from 'typeorm';
import { rows } from '../../database/sql';
import { MailOutbox } from '../../core/mail/mail-outbox';
import { mailDate, roleLabel } from '../../core/mail/templates/render';

export interface InvitationMail {
  allianceName: string;
  /** Who invites, as the invitee should read it, e.g. "Kim Koch (Stadtteilbüro)". */
  inviter: string;
  /** The inviter's language: used for an address without an account. */
  inviterLocale: string;
  organisationId: string;
  organisationName: string;
  role: MembershipRoleName;
  /** The contact person of a new organisation; null: the people of an existing organisation. */
  email: string | null;
  token: string;
  expiresAt: Date;
}

/**
 * Sends an invitation's link by mail, in the caller's transaction (issue 11): to the contact
 * person of a new organisation, or to the people of an existing one (each in their language).
 * Returns the addresses written to.
 */
@Injectable()
export class InvitationMailer {
  constructor(private readonly outbox: MailOutbox) {}

  async send(em: EntityManager, m: InvitationMail): Promise<string[]> {
    const recipients = m.email
      ? await rows<{ id: string | null; email: string; name: string | null; locale: string }>(
          em,
          `SELECT u.id, $1::text AS email, u.name, coalesce(u.locale, $2) AS locale
             FROM (SELECT 1) x LEFT JOIN users u ON u.email = $1 AND u.disabled_at IS NULL`,
          [m.email, m.inviterLocale],
        )
      : await rows<{ id: string; email: string; name: string; locale: string }>(
          em,
          `SELECT u.id, u.email, u.name, u.locale FROM user_organisations uo JOIN users u ON u.id = uo.user_id
            WHERE uo.organisation_id = $1 AND u.disabled_at IS NULL AND u.email_verified_at IS NOT NULL ORDER BY u.email`,
          [m.organisationId],
        );
    for (const r of recipients) {
      await this.outbox.enqueue(em, {
        kind: 'INVITATION',
        template: m.email ? 'invitation' : 'invitationToAdmins',
        to: r.email,
        userId: r.id,
        locale: r.locale,
        name: r.name,
        link: this.outbox.link('/invitation', m.token),
        params: {
          allianceName: m.allianceName,
          inviter: m.inviter,
          organisationName: m.organisationName,
          role: roleLabel(m.role, r.locale),
          expires: mailDate(m.expiresAt, r.locale),
        },
      });
    }
    return recipients.map((r) => r.email);
  }
}
