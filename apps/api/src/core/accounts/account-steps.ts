import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password';
import { DomainError, invalid } from '../errors';
import type { OrganisationModel } from './accounts.models';
import type { AccountsRepository } from './accounts.repository';

/** Steps that several areas take with a person's account (founding an alliance, asking to join, accepting an invitation). */

/**
 * The organisation a user acts for: the one named, if it is theirs; without a name, their only
 * one. ORGANISATION_REQUIRED when that leaves none (or several to choose from).
 */
export async function organisationToActFor(
  accounts: AccountsRepository,
  em: EntityManager,
  userId: string,
  organisationId?: string | null,
): Promise<OrganisationModel> {
  const organisations = await accounts.organisationsOf(em, userId);
  const organisation = organisationId ? organisations.find((o) => o.id === organisationId) : organisations.length === 1 ? organisations[0] : undefined;
  if (!organisation) throw new DomainError('ORGANISATION_REQUIRED');
  return organisation;
}

/**
 * The new account of an invited address that has none yet: name and password are required then
 * (VALIDATION_FAILED, code `required`). The invitation's mail proved the address. Returns the new user's id.
 */
export async function createInvitedAccount(
  accounts: AccountsRepository,
  em: EntityManager,
  email: string,
  input: { name?: string | null; password?: string | null },
  locale?: string,
): Promise<string> {
  const missing = [!input.name && 'name', !input.password && 'password'].filter(Boolean) as string[];
  if (missing.length) throw invalid(missing.map((field) => ({ field, code: 'required' })));
  const userId = randomUUID();
  await accounts.insertUser(em, { id: userId, email, name: input.name!.trim(), passwordHash: await hashPassword(input.password!), locale });
  return userId;
}
