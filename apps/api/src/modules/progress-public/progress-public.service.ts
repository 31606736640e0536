import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../core/access/access';
import { AuditService } from '../../core/audit/audit.service';
import { conflict, invalid, notFound } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { publicPolicy } from '../disclosure/disclosure.policy';
import { RollupsService } from '../measurements/rollups.service';
import { PublicProgressSettingsModel, UpdatePublicProgressInput } from './progress-public.models';
import { ProgressPublicRepository, type PublicAllianceRow } from './progress-public.repository';
import { periodLabel, settingsProblems, shownRange, SLUG, trimLeadingEmpty, type PageLocale } from './progress-public.rules';

/** One indicator on the public page: its definition and its TOTAL line over the shown periods. */
export interface PublicIndicator {
  id: string;
  code: string | null;
  name: string;
  unit: string;
  decimals: number;
  direction: string;
  frequency: string;
  /** SUM | AVERAGE | LATEST | RATIO (a RATIO's values are shares 0…1). */
  aggregation: string;
  baseline: number | null;
  periods: string[];
  periodLabels: string[];
  /** Approved roll-ups; null: nothing approved, or hidden (then `suppressed`). */
  actual: (number | null)[];
  target: (number | null)[];
  /** Hidden by small-number protection: shown as "< k". */
  suppressed: boolean[];
  /** Not all expected reports approved and the period not closed: the value may still change. */
  provisional: boolean[];
}

export interface PublicProgressPage {
  slug: string;
  lang: PageLocale;
  name: string;
  vision: string;
  primaryColor: string;
  logo: string | null;
  /** k of small-number protection: a suppressed value is "< k". */
  smallNumberThreshold: number;
  updatedAt: string;
  goals: { id: string; parentId: string | null; title: string; description: string; status: string }[];
  indicators: PublicIndicator[];
}

/**
 * The public progress page (issue 12, part 4). The backbone publishes it and picks what it
 * shows; anyone reads it without login through GET /api/progress/<slug>, in a read-only
 * transaction inside the page's public context (row-level security, no bypass) with the public
 * small-number policy, exactly as funders and observers see the alliance's totals.
 */
@Injectable()
export class ProgressPublicService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: ProgressPublicRepository,
    private readonly rollups: RollupsService,
    private readonly audit: AuditService,
  ) {}

  async settings(ctx: AllianceContext): Promise<PublicProgressSettingsModel> {
    await requireAccess(ctx, 'progress.publish');
    const row = await this.repo.page(ctx.em, ctx.allianceId);
    if (!row) return { allianceId: ctx.allianceId, published: false, slug: null, goalIds: [], indicatorIds: [], version: 0 };
    return { allianceId: ctx.allianceId, ...row };
  }

  async update(ctx: AllianceContext, input: UpdatePublicProgressInput): Promise<PublicProgressSettingsModel> {
    await requireAccess(ctx, 'progress.publish');
    // Ids first: another alliance's goal or indicator is NOT_FOUND whatever else is wrong.
    const goalIds = [...new Set(input.goalIds)];
    const indicatorIds = [...new Set(input.indicatorIds)];
    const known = await this.repo.known(ctx.em, ctx.allianceId, goalIds, indicatorIds);
    if (known.goals !== goalIds.length) throw notFound('Goal');
    if (known.indicators !== indicatorIds.length) throw notFound('Indicator');
    const problems = settingsProblems(input);
    if (problems.length) throw invalid(problems);
    const before = await this.repo.page(ctx.em, ctx.allianceId);
    if (!before && input.version !== 0) throw notFound('ProgressPage');
    if (before && input.version === 0) throw conflict('ProgressPage');
    const saved = await this.repo.save(ctx.em, ctx.allianceId, input.version, input.slug, input.published);
    if (saved === 'taken') throw invalid([{ field: 'slug', code: 'slugTaken' }]);
    await this.repo.replaceChoices(ctx.em, ctx.allianceId, input.goalIds, input.indicatorIds);
    const after = (await this.repo.page(ctx.em, ctx.allianceId))!;
    await this.audit.record(ctx, {
      action:
        (before?.published ?? false) !== after.published ? (after.published ? 'progressPage.published' : 'progressPage.withdrawn') : 'progressPage.updated',
      entityType: 'ProgressPage',
      entityId: ctx.allianceId,
      before: before ?? null,
      after,
    });
    return { allianceId: ctx.allianceId, ...after };
  }

  /**
   * What the page's HTML head needs (name, vision, how many indicators), without the roll-ups: the
   * server's shell of /fortschritt/<slug> asks for it on every load, and computing the whole page for
   * a title cost as much as the page itself (about 0.5 s at M). Null as `page` is.
   */
  async head(slug: string): Promise<{ name: string; vision: string; indicators: number } | null> {
    return this.inPage(slug, async (em, allianceId, alliance) => ({
      name: alliance.name,
      vision: alliance.vision,
      indicators: (await this.repo.indicatorIds(em, allianceId)).length,
    }));
  }

  /**
   * Runs `read` in a read-only transaction inside the public context of the page at `slug`, with its
   * alliance; null for an unknown, withdrawn or malformed address.
   */
  private inPage<T>(slug: string, read: (em: EntityManager, allianceId: string, alliance: PublicAllianceRow) => Promise<T>): Promise<T | null> {
    if (typeof slug !== 'string' || !SLUG.test(slug)) return Promise.resolve(null);
    return this.db.transaction(async (em) => {
      await em.query('SET TRANSACTION READ ONLY');
      const allianceId = await this.repo.enter(em, slug);
      if (!allianceId) return null;
      const alliance = await this.repo.alliance(em, allianceId);
      if (!alliance) return null;
      return read(em, allianceId, alliance);
    });
  }

  /** The published page, or null when there is none at this address (unknown, withdrawn, malformed). */
  async page(slug: string, locale: PageLocale, today = new Date()): Promise<PublicProgressPage | null> {
    return this.inPage(slug, async (em, allianceId, alliance) => {
      const goals = await this.repo.goals(em, allianceId);
      const ids = await this.repo.indicatorIds(em, allianceId);
      const { from, to } = shownRange(today);
      const lines = await this.rollups.publicSeries({ em, allianceId }, ids, from, to, publicPolicy(alliance.smallNumberThreshold));
      const indicators = lines.map((l) => {
        const line = trimLeadingEmpty({ periods: l.periods, actual: l.actual, target: l.target, suppressed: l.suppressed, provisional: l.provisional }, [
          'actual',
          'target',
          'suppressed',
          'provisional',
        ]);
        return {
          id: l.indicatorId,
          code: l.code,
          name: l.name,
          unit: l.unit,
          decimals: l.decimals,
          direction: l.direction,
          frequency: l.frequency,
          aggregation: l.aggregation,
          baseline: l.baseline,
          periods: line.periods,
          periodLabels: line.periods.map((p) => periodLabel(p, locale)),
          actual: line.actual,
          target: line.target,
          suppressed: line.suppressed,
          // Only a value can be provisional; an empty period is just empty.
          provisional: line.provisional.map((p, i) => p && (line.actual[i] !== null || line.suppressed[i])),
        };
      });
      return {
        slug,
        lang: locale,
        name: alliance.name,
        vision: alliance.vision,
        primaryColor: alliance.primaryColor ?? '#1d4f91',
        logo: alliance.logo,
        smallNumberThreshold: alliance.smallNumberThreshold,
        updatedAt: new Date(alliance.updatedAt).toISOString(),
        goals,
        indicators,
      };
    });
  }
}
