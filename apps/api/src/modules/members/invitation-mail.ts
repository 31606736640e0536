import { Injectable } from '@nestjs/common';
import type { MembershipRoleName } from '@gemeinwerk/shared';
import type { EntityManager } from 'typeorm';
import { MailOutbox } from '../../core/mail/mail-outbox';
import { mailDate, roleLabel } from '../../core/mail/templates/render';
import { MembersRepository } from './members.repository';

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
  constructor(
    private readonly outbox: MailOutbox,
    private readonly members: MembersRepository,
  ) {}

  async send(em: EntityManager, m: InvitationMail): Promise<string[]> {
    const recipients = m.email
      ? await this.members.invitationAddressee(em, m.email, m.inviterLocale)
      : await this.members.organisationPeopleToInvite(em, m.organisationId);
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
