import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { MembershipRoleName, OrganisationKindName } from '@gemeinwerk/shared';
import { isEmail } from 'class-validator';
import { requireAccess } from '../../core/access/access';
import { sha256 } from '../../core/auth/sessions.service';
import { DomainError, conflict } from '../../core/errors';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import type { CommitResult, ImportField, ImportKind, ImportRow, RowProblem } from '../imports/import-kind';
import { ImportKinds } from '../imports/import-kind';
import { InvitationMailer } from './invitation-mail';
import { ImportMember, MemberImportRepository } from './member-import.repository';
import { MembersRepository } from './members.repository';
import { INVITATION_DAYS } from './members.service';

const FIELDS: ImportField[] = [
  {
    key: 'organisation',
    type: 'text',
    required: true,
    label: { de: 'Organisation', en: 'Organisation' },
    synonyms: ['Name der Organisation', 'Organisationsname', 'Mitglied', 'Träger', 'Einrichtung', 'Name', 'Organization', 'Member'],
  },
  {
    key: 'kind',
    type: 'text',
    required: false,
    label: { de: 'Art', en: 'Kind' },
    synonyms: ['Organisationsart', 'Typ', 'Rechtsform', 'Type', 'Organisation kind'],
  },
  { key: 'city', type: 'text', required: false, label: { de: 'Ort', en: 'City' }, synonyms: ['Stadt', 'Sitz', 'Gemeinde', 'Town'] },
  { key: 'role', type: 'text', required: false, label: { de: 'Rolle', en: 'Role' }, synonyms: ['Rolle im Bündnis', 'Mitgliedsrolle', 'Role in alliance'] },
  {
    key: 'email',
    type: 'text',
    required: true,
    label: { de: 'E-Mail der Ansprechperson', en: 'Contact person’s e-mail' },
    synonyms: ['E-Mail', 'Email', 'Mail', 'E-Mail-Adresse', 'Kontakt E-Mail', 'Ansprechperson E-Mail', 'Contact e-mail', 'Contact email', 'E-mail address'],
  },
];

const KIND_WORDS: Record<string, OrganisationKindName> = {
  ngo: 'NGO',
  verein: 'NGO',
  'e.v.': 'NGO',
  gemeinnützig: 'NGO',
  'gemeinnützige organisation': 'NGO',
  'freier träger': 'NGO',
  nonprofit: 'NGO',
  public_body: 'PUBLIC_BODY',
  'öffentliche stelle': 'PUBLIC_BODY',
  behörde: 'PUBLIC_BODY',
  verwaltung: 'PUBLIC_BODY',
  kommune: 'PUBLIC_BODY',
  amt: 'PUBLIC_BODY',
  'public body': 'PUBLIC_BODY',
  company: 'COMPANY',
  unternehmen: 'COMPANY',
  firma: 'COMPANY',
  stiftung: 'FOUNDATION',
  foundation: 'FOUNDATION',
  sonstige: 'OTHER',
  andere: 'OTHER',
  other: 'OTHER',
};

const ROLE_WORDS: Record<string, MembershipRoleName> = {
  partner: 'PARTNER',
  partnerin: 'PARTNER',
  mitglied: 'PARTNER',
  backbone: 'BACKBONE',
  geschäftsstelle: 'BACKBONE',
  funder: 'FUNDER',
  förderer: 'FUNDER',
  fördermittelgeber: 'FUNDER',
  observer: 'OBSERVER',
  beobachter: 'OBSERVER',
  beobachtung: 'OBSERVER',
  provider: 'PROVIDER',
  anbieter: 'PROVIDER',
};

const CHUNK = 1_000;
const lower = (s: string) => s.trim().toLocaleLowerCase('de');

/**
 * Member organisations from a file: each row invites a new organisation with its contact person,
 * as the invitation form does for a new organisation (members.service.ts `invite`): the backbone
 * only; the organisation created, its membership INVITED in the given role (PARTNER unless
 * named), an invitation valid for 14 days mailed to the contact person through the mail outbox in
 * the same transaction (a rolled-back import sends nothing). An organisation that is already a
 * member (not left) is refused in its row.
 */
@Injectable()
export class MemberImportKind implements ImportKind<ImportMember[]> {
  readonly name = 'members';
  readonly fields = FIELDS;

  constructor(
    private readonly repo: MemberImportRepository,
    private readonly members: MembersRepository,
    private readonly mailer: InvitationMailer,
    kinds: ImportKinds,
  ) {
    kinds.register(this);
  }

  async authorize(ctx: AllianceContext): Promise<void> {
    await requireAccess(ctx, 'member.manage');
  }

  async check(ctx: AllianceContext, rows: ImportRow[]): Promise<{ problems: RowProblem[]; prepared: ImportMember[] }> {
    const current = new Set((await this.repo.members(ctx.em, ctx.allianceId)).filter((m) => m.state !== 'LEFT').map((m) => lower(m.name)));
    const problems: RowProblem[] = [];
    const prepared: ImportMember[] = [];
    const seen = new Map<string, number>();
    for (const row of rows) {
      const v = row.values;
      const found: RowProblem[] = [];
      const problem = (p: Omit<RowProblem, 'rowNo'>) => found.push({ rowNo: row.rowNo, ...p });
      const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string).trim() : '');

      const name = str('organisation');
      if (name.length < 2) problem({ field: 'organisation', code: 'tooShort' });
      else if (name.length > 200) problem({ field: 'organisation', code: 'tooLong' });
      else if (current.has(lower(name))) problem({ code: 'ALREADY_MEMBER' });
      else if (seen.has(lower(name))) problem({ field: 'organisation', code: 'duplicateRow', params: { row: seen.get(lower(name))! } });

      const kindText = str('kind');
      const kind = kindText ? KIND_WORDS[lower(kindText)] : 'OTHER';
      if (!kind) problem({ field: 'kind', code: 'invalid' });
      const roleText = str('role');
      const role = roleText ? ROLE_WORDS[lower(roleText)] : 'PARTNER';
      if (!role) problem({ field: 'role', code: 'invalid' });
      const email = str('email').toLowerCase();
      if (!isEmail(email) || email.length > 320) problem({ field: 'email', code: 'email' });
      const city = str('city').slice(0, 200) || null;

      if (found.length) {
        problems.push(...found);
        continue;
      }
      seen.set(lower(name), row.rowNo);
      // The token is made at the commit (the check runs twice); these fields are filled there.
      prepared.push({ organisationId: '', name, kind: kind!, city, membershipId: '', role: role!, invitationId: '', email, tokenHash: '' });
    }
    return { problems, prepared };
  }

  async commit(ctx: AllianceContext, batchId: string, prepared: ImportMember[], progress: (done: number) => Promise<void>): Promise<CommitResult> {
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86400_000);
    const from = await this.members.inviter(ctx.em, ctx.allianceId, ctx.organisationId, ctx.userId);
    for (let i = 0; i < prepared.length; i += CHUNK) {
      const chunk = prepared.slice(i, i + CHUNK).map((m) => {
        // The alliance id travels in the token, as in the form's invitations.
        const token = `${ctx.allianceId}.${randomBytes(24).toString('base64url')}`;
        return { ...m, organisationId: randomUUID(), membershipId: randomUUID(), invitationId: randomUUID(), tokenHash: sha256(token), token };
      });
      if ((await this.repo.insert(ctx.em, ctx.allianceId, batchId, ctx.userId, expiresAt, chunk)) !== chunk.length) throw conflict('Membership');
      for (const m of chunk) {
        await this.mailer.send(ctx.em, {
          allianceName: from.alliance_name,
          inviter: `${from.user_name} (${from.organisation_name})`,
          inviterLocale: from.locale,
          organisationId: m.organisationId,
          organisationName: m.name,
          role: m.role,
          email: m.email,
          token: m.token,
          expiresAt,
        });
      }
      await progress(i + chunk.length);
    }
    return { created: prepared.length, updated: 0 };
  }

  async undo(ctx: AllianceContext, batchId: string): Promise<{ removed: number; restored: number }> {
    const builtOn = await this.repo.builtOn(ctx.em, ctx.allianceId, batchId);
    if (builtOn > 0) throw new DomainError('IMPORT_NOT_UNDOABLE', { count: builtOn });
    return (await this.repo.undo(ctx.em, ctx.allianceId, batchId, ctx.userId))!;
  }
}
