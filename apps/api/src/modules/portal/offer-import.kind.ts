import { Injectable } from '@nestjs/common';
import { DomainError, conflict } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import type { CommitResult, ImportKind, ImportRow, RowProblem } from '../imports/import-kind';
import { ImportKinds } from '../imports/import-kind';
import { OfferImportRepository } from './offer-import.repository';
import { checkOfferRows, OFFER_IMPORT_FIELDS, type PreparedOffer } from './offer-import.rules';
import { PortalAccess } from './portal.access';

/** Rows per statement: short statements and a progress step each. */
const CHUNK = 1_000;

/**
 * Existing offer lists (Excel, CSV) into the Chancenportal (issue 13, 6) through the one import
 * pipeline: the editors import, each row becomes a new offer of a named provider that waits in
 * the editorial queue exactly like an entry from the form (IN_REVIEW with a PENDING revision),
 * so nothing of the file is public before an editor approves it. A provider name the portal does
 * not know yet becomes a new provider profile. Undo removes the batch's offers (and the providers
 * it created) while none of them was decided or changed since.
 */
@Injectable()
export class OfferImportKind implements ImportKind<PreparedOffer[]> {
  readonly name = 'offers';
  readonly fields = OFFER_IMPORT_FIELDS;

  constructor(
    private readonly repo: OfferImportRepository,
    private readonly access: PortalAccess,
    kinds: ImportKinds,
  ) {
    kinds.register(this);
  }

  authorize(ctx: AllianceContext): Promise<void> {
    return this.access.requireEditor(ctx);
  }

  async check(ctx: AllianceContext, rows: ImportRow[]): Promise<{ problems: RowProblem[]; prepared: PreparedOffer[] }> {
    return checkOfferRows(rows, await this.repo.lookups(ctx.em, ctx.allianceId));
  }

  async commit(ctx: AllianceContext, batchId: string, prepared: PreparedOffer[], progress: (done: number) => Promise<void>): Promise<CommitResult> {
    // Providers the file names that the portal does not have yet: one new profile per name (any case).
    const key = (name: string) => name.toLocaleLowerCase('de');
    const newNames = new Map<string, string>();
    for (const o of prepared) if (!o.providerId && !newNames.has(key(o.providerName))) newNames.set(key(o.providerName), o.providerName);
    const ids = new Map((await this.repo.ensureProviders(ctx.em, ctx.allianceId, batchId, ctx.userId, [...newNames.values()])).map((p) => [key(p.name), p.id]));
    const offers = prepared.map((o) => ({ ...o, providerId: o.providerId ?? ids.get(key(o.providerName)) ?? null }));
    if (offers.some((o) => !o.providerId)) throw conflict('PortalProvider');
    let created = 0;
    for (let i = 0; i < offers.length; i += CHUNK) {
      const chunk = offers.slice(i, i + CHUNK);
      const n = await this.repo.insert(ctx.em, ctx.allianceId, batchId, ctx.userId, chunk);
      if (n !== chunk.length) throw conflict('PortalOffer');
      created += n;
      await progress(i + chunk.length);
    }
    return { created, updated: 0 };
  }

  async undo(ctx: AllianceContext, batchId: string): Promise<{ removed: number; restored: number }> {
    const builtOn = await this.repo.builtOn(ctx.em, ctx.allianceId, batchId);
    if (builtOn > 0) throw new DomainError('IMPORT_NOT_UNDOABLE', { count: builtOn });
    return { removed: await this.repo.undo(ctx.em, ctx.allianceId, batchId, ctx.userId), restored: 0 };
  }
}
