import { Injectable } from '@nestjs/common';
import { apiTokenMayCall } from '../../core/api-tokens/api-token-surface';
import { DomainError, notFound } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AlliancesService } from '../alliances/alliances.service';
import { ExportRegistry, type ExportList, type ExportQuery } from './export-registry';
import type { ExportSheet } from './export-writer';

/**
 * Loads what an export contains, with the caller's context: every list reads through the service
 * behind its screen, so roles see in a file exactly what they see on screen.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly registry: ExportRegistry,
    private readonly alliances: AlliancesService,
  ) {}

  /** An API token exports only what its role may query (api-token-surface.ts). */
  private mayExport(ctx: AllianceContext, list: ExportList): boolean {
    return !ctx.apiToken || apiTokenMayCall(ctx.apiToken.role, list.operation);
  }

  /** For the file name; an API token (no seat) may not read the alliance record: then no name. */
  async allianceName(ctx: AllianceContext): Promise<string> {
    if (ctx.apiToken) return '';
    return (await this.alliances.get(ctx)).name;
  }

  async list(ctx: AllianceContext, key: string, query: ExportQuery): Promise<{ list: ExportList; sheet: ExportSheet }> {
    const list = this.registry.get(key);
    if (!list) throw notFound('Export');
    if (!this.mayExport(ctx, list)) throw new DomainError('API_TOKEN_NOT_ALLOWED', { operation: list.operation });
    return { list, sheet: await list.load(ctx, query) };
  }

  /**
   * The whole alliance as one workbook: every list the caller may read, one sheet each. A list
   * the role may not read (FORBIDDEN, e.g. completeness for a partner) is left out, as its screen
   * is; a savepoint keeps the refused read from spoiling the transaction for the next sheet.
   */
  async workbook(ctx: AllianceContext): Promise<ExportSheet[]> {
    const sheets: ExportSheet[] = [];
    for (const list of this.registry.all().filter((l) => l.inWorkbook && this.mayExport(ctx, l))) {
      try {
        sheets.push(await ctx.em.transaction(() => list.load(ctx, {})));
      } catch (e) {
        if (e instanceof DomainError && (e.code === 'FORBIDDEN' || e.code === 'NOT_FOUND')) continue;
        throw e;
      }
    }
    return sheets;
  }
}
