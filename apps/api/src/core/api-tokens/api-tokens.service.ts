import { requireAccess } from '../access/access';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { invalid, notFound } from '../errors';
import { CURSORS } from '../graphql/cursors';
import { decodeCursor, Page, PageInput, toPage } from '../graphql/pagination';
import { AllianceContext } from '../tenancy/alliance-context';
import { newApiTokenSecret } from './api-token-credentials';
import type { ApiTokenModel, CreateApiTokenInput, CreatedApiToken } from './api-tokens.models';
import { ApiTokenRow, ApiTokensRepository } from './api-tokens.repository';

/** The longest a token may live: a forgotten integration stops by itself within a year. */
export const API_TOKEN_MAX_DAYS = 366;

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const model = ({ cursorAt: _c, ...t }: ApiTokenRow): ApiTokenModel => t;

/** API tokens of one alliance: its backbone's admins create, list and revoke them. */
@Injectable()
export class ApiTokensService {
  constructor(
    private readonly repo: ApiTokensRepository,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: AllianceContext, page: PageInput): Promise<Page<ApiTokenModel>> {
    await requireAccess(ctx, 'apiToken.manage');
    const after = decodeCursor(page.after, CURSORS.apiTokens);
    const { rows, totalCount } = await this.repo.page(ctx.em, ctx.allianceId, page.first, after);
    const p = toPage(rows, page.first, totalCount, CURSORS.apiTokens, (r) => [r.cursorAt, r.id]);
    return { ...p, nodes: p.nodes.map(model) };
  }

  async create(ctx: AllianceContext, input: CreateApiTokenInput): Promise<CreatedApiToken> {
    await requireAccess(ctx, 'apiToken.manage');
    const name = input.name.trim();
    const problems = [];
    if (!name) problems.push({ field: 'name', code: 'required' });
    const today = await this.repo.today(ctx.em);
    if (input.expiresOn < today) problems.push({ field: 'expiresOn', code: 'expiryInPast' });
    else if (input.expiresOn > addDays(today, API_TOKEN_MAX_DAYS - 1)) problems.push({ field: 'expiresOn', code: 'expiryTooLate' });
    if (input.role === 'REPORTING') {
      if (!input.membershipId) problems.push({ field: 'membershipId', code: 'required' });
      else {
        const member = await this.repo.activeMembership(ctx.em, ctx.allianceId, input.membershipId);
        if (!member) problems.push({ field: 'membershipId', code: 'notAMember' });
        // Partners report their own values only; a backbone seat may report for anyone, so no token gets one.
        else if (member.role !== 'PARTNER') problems.push({ field: 'membershipId', code: 'notAPartner' });
      }
    } else if (input.membershipId) problems.push({ field: 'membershipId', code: 'onlyForReporting' });
    if (problems.length) throw invalid(problems);

    const { secret, hash, prefix } = newApiTokenSecret();
    const membershipId = input.role === 'REPORTING' ? input.membershipId! : null;
    const id = await this.repo.insert(ctx.em, {
      allianceId: ctx.allianceId,
      name,
      role: input.role,
      membershipId,
      hash,
      prefix,
      createdBy: ctx.userId,
      expiresOn: input.expiresOn,
    });
    const token = model((await this.repo.find(ctx.em, ctx.allianceId, id))!);
    await this.audit.record(ctx, {
      action: 'apiToken.created',
      entityType: 'ApiToken',
      entityId: id,
      after: { name, role: input.role, membershipId, tokenPrefix: prefix, expiresAt: token.expiresAt },
    });
    return { token, secret };
  }

  /** Takes effect with the next request: every request checks `revoked_at`. */
  async revoke(ctx: AllianceContext, id: string): Promise<ApiTokenModel> {
    await requireAccess(ctx, 'apiToken.manage');
    const before = await this.repo.find(ctx.em, ctx.allianceId, id);
    if (!before) throw notFound('ApiToken');
    if (await this.repo.revoke(ctx.em, ctx.allianceId, id, ctx.userId)) {
      await this.audit.record(ctx, {
        action: 'apiToken.revoked',
        entityType: 'ApiToken',
        entityId: id,
        before: { revokedAt: null },
        after: { revokedAt: new Date() },
      });
    }
    return model((await this.repo.find(ctx.em, ctx.allianceId, id))!);
  }
}
