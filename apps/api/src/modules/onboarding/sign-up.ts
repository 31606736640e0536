import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountsRepository } from '../../core/accounts/accounts.repository';
import { hashPassword } from '../../core/auth/password';
import { sha256 } from '../../core/auth/sessions.service';
import { MailOutbox } from '../../core/mail/mail-outbox';
import { OnboardingRepository } from './onboarding.repository';

export const VERIFICATION_LINK_HOURS = 48;

export interface SignUpInput {
  email: string;
  name: string;
  password: string;
  locale: string;
  organisationName: string;
  organisationKind: string;
  city?: string | null;
}

/**
 * The one sign-up of a person with their organisation, used by the platform's registration
 * (RegistrationService) and a portal's provider registration: an unverified account that cannot
 * log in until the mailed link is opened, its organisation, and the verification mail.
 *
 * The caller answers the same whether the address has an account or not, so that nobody learns
 * who has one: an address that has an account gets a mail that says so (and points to "Passwort
 * vergessen?") instead, and nothing is created. Both branches hash the password first, so the
 * expensive step costs the same. `created` adds what the caller's sign-up makes besides (a
 * portal's membership and provider) in the same transaction, before the mail is queued.
 */
@Injectable()
export class SignUp {
  constructor(
    private readonly repo: OnboardingRepository,
    private readonly accounts: AccountsRepository,
    private readonly outbox: MailOutbox,
  ) {}

  async signUp(
    em: EntityManager,
    input: SignUpInput,
    created?: (ids: { userId: string; organisationId: string; email: string }) => Promise<void>,
  ): Promise<void> {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    const existing = await this.accounts.findUserByEmail(em, email);
    if (existing) {
      await this.outbox.enqueue(em, {
        kind: 'REGISTRATION_EXISTS',
        template: 'registrationExists',
        to: email,
        userId: existing.id,
        locale: existing.locale,
        name: existing.name,
        link: this.outbox.link('/login'),
      });
      return;
    }
    const userId = randomUUID();
    const organisationId = randomUUID();
    await this.accounts.insertUser(em, { id: userId, email, name: input.name, passwordHash, locale: input.locale });
    await this.repo.markUnverified(em, userId);
    await this.accounts.insertOrganisation(em, { id: organisationId, name: input.organisationName, kind: input.organisationKind, city: input.city || null });
    await this.accounts.linkUserToOrganisation(em, userId, organisationId);
    await created?.({ userId, organisationId, email });
    const token = randomBytes(32).toString('base64url');
    await this.repo.insertVerificationToken(em, userId, sha256(token), VERIFICATION_LINK_HOURS);
    await this.outbox.enqueue(em, {
      kind: 'VERIFY_EMAIL',
      template: 'verifyEmail',
      to: email,
      userId,
      locale: input.locale,
      name: input.name,
      link: this.outbox.link('/verify-email', token),
      params: { organisationName: input.organisationName, hours: VERIFICATION_LINK_HOURS },
    });
  }
}
