import { NETWORK_SOURCES, type NetworkSourceName } from '@gemeinwerk/shared';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { conflict, invalid, notFound } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { isUuid } from '../../core/tenancy/tenancy.service';
import { readScope, requireAccess } from '../../core/access/access';
import { networkMeasures, reciprocity, shortestPath } from './network-measures';
import type {
  NetworkFilterInput,
  NetworkModel,
  NetworkNodeModel,
  NetworkPathModel,
  NetworkTieModel,
  RelationshipModel,
  StateRelationshipInput,
  UpdateRelationshipInput,
} from './network.models';
import { NetworkRepository, TieRow } from './network.repository';
import { quartersBetween } from './network.rules';

/** What a statement says about a tie, as stated or changed (no dates: null). */
const statement = (input: Pick<UpdateRelationshipInput, 'kind' | 'directed' | 'strength' | 'since' | 'until' | 'note'>) => ({
  kind: input.kind,
  directed: input.directed,
  strength: input.strength,
  since: input.since ?? null,
  until: input.until ?? null,
  note: input.note,
});

const auditShape = (r: RelationshipModel) => ({
  from: r.fromMembershipId,
  to: r.toMembershipId,
  kind: r.kind,
  directed: r.directed,
  strength: r.strength,
  since: r.since,
  until: r.until,
});

/**
 * The network of an alliance: who works with whom, from stated relationships and from the work
 * recorded in Gemeinwerk, with measures (network-measures.ts).
 *
 * Who sees what: the network is member-level detail, like the activity map, so the backbone,
 * partners and funders read it and observers do not. Stated relationships are a member's own
 * statements: the backbone sees all of them, a partner those it stated or that name it, a funder
 * none (it sees the ties derived from the work). Members state their own relationships; the
 * backbone may state one for any two members.
 */
@Injectable()
export class NetworkService {
  constructor(
    private readonly repo: NetworkRepository,
    private readonly audit: AuditService,
  ) {}

  /** Stated relationships this caller may see: all (null), its own (membership id), or none (false). */
  private statedScope(ctx: AllianceContext): string | null | false {
    const scope = readScope(ctx, 'relationship.read');
    return scope.all ? null : (scope.ownMembershipId ?? false);
  }

  private async ties(ctx: AllianceContext, filter: NetworkFilterInput | null | undefined, asOf: string): Promise<TieRow[]> {
    await requireAccess(ctx, 'network.read');
    const wanted = new Set<NetworkSourceName>(filter?.sources?.length ? filter.sources : NETWORK_SOURCES);
    // A filter by kind applies to statements, which alone have kinds: it shows stated ties only.
    if (filter?.kinds?.length) for (const s of NETWORK_SOURCES) if (s !== 'STATED') wanted.delete(s);
    const scope = this.statedScope(ctx);
    const derived = await this.repo.derivedTies(
      ctx.em,
      ctx.allianceId,
      asOf,
      [...wanted].filter((s) => s !== 'STATED'),
    );
    const stated =
      wanted.has('STATED') && scope !== false
        ? await this.repo.statedTies(ctx.em, ctx.allianceId, asOf, filter?.kinds?.length ? filter.kinds : null, scope)
        : [];
    return [...derived, ...stated];
  }

  async network(ctx: AllianceContext, filter: NetworkFilterInput | null | undefined, today: string): Promise<NetworkModel> {
    const asOf = filter?.asOf ?? today;
    const [members, rows, first] = await Promise.all([
      this.repo.members(ctx.em, ctx.allianceId, asOf),
      this.ties(ctx, filter, asOf),
      this.repo.firstDay(ctx.em, ctx.allianceId),
    ]);
    const ids = new Set(members.map((m) => m.id));
    const byPair = new Map<string, NetworkTieModel>();
    for (const r of rows) {
      if (!ids.has(r.a) || !ids.has(r.b)) continue;
      const key = `${r.a}|${r.b}`;
      const tie = byPair.get(key) ?? { a: r.a, b: r.b, sources: [], kinds: [], weight: 0 };
      tie.sources.push({ source: r.source, weight: r.weight, since: r.since });
      tie.weight += r.weight;
      if (r.kinds) tie.kinds = [...new Set([...tie.kinds, ...r.kinds])].sort();
      byPair.set(key, tie);
    }
    const ties = [...byPair.values()];
    for (const t of ties) t.sources.sort((x, y) => NETWORK_SOURCES.indexOf(x.source) - NETWORK_SOURCES.indexOf(y.source));
    const measures = networkMeasures({ nodes: members.map((m) => m.id), edges: ties });
    const measureOf = new Map(measures.nodes.map((n) => [n.id, n]));
    const nodes: NetworkNodeModel[] = members.map((m) => ({ ...m, ...measureOf.get(m.id)! }));
    const scope = this.statedScope(ctx);
    const statements = scope === false ? [] : await this.repo.statements(ctx.em, ctx.allianceId, asOf, scope);
    const r = reciprocity(statements);
    return {
      asOf,
      nodes,
      ties,
      density: measures.density,
      componentCount: measures.componentCount,
      statedDyads: r.dyads,
      reciprocity: r.reciprocity,
      quarters: quartersBetween(first ?? today, today),
    };
  }

  async path(ctx: AllianceContext, fromId: string, toId: string, filter: NetworkFilterInput | null | undefined, today: string): Promise<NetworkPathModel> {
    const net = await this.network(ctx, filter, today);
    const byId = new Map(net.nodes.map((n) => [n.id, n]));
    if (!byId.has(fromId) || !byId.has(toId)) {
      // A member that had not joined yet on that day has no way to anyone; one that does not exist is not found.
      for (const id of [fromId, toId])
        if (!byId.has(id) && (!isUuid(id) || !(await this.repo.isMember(ctx.em, ctx.allianceId, id)))) throw notFound('Membership');
      return { distance: null, path: [] };
    }
    const path = shortestPath({ nodes: net.nodes.map((n) => n.id), edges: net.ties }, fromId, toId);
    return { distance: path ? path.length - 1 : null, path: (path ?? []).map((id) => byId.get(id)!) };
  }

  async relationships(ctx: AllianceContext): Promise<RelationshipModel[]> {
    await requireAccess(ctx, 'relationship.read');
    return this.repo.listRelationships(ctx.em, ctx.allianceId, readScope(ctx, 'relationship.read').ownMembershipId);
  }

  private checkDates(since: string | null | undefined, until: string | null | undefined) {
    if (since && until && until < since) throw invalid([{ field: 'until', code: 'beforeStart' }]);
  }

  async state(ctx: AllianceContext, input: StateRelationshipInput): Promise<RelationshipModel> {
    const from = input.fromMembershipId ?? ctx.membershipId;
    await requireAccess(ctx, 'relationship.write', { owner: from });
    if (from === input.toMembershipId) throw invalid([{ field: 'toMembershipId', code: 'self' }]);
    if (!(await this.repo.activeMember(ctx.em, ctx.allianceId, from))) throw notFound('Membership');
    if (!(await this.repo.activeMember(ctx.em, ctx.allianceId, input.toMembershipId))) throw notFound('Membership');
    this.checkDates(input.since, input.until);
    const id = await this.repo.insertRelationship(ctx.em, ctx.allianceId, ctx.membershipId, {
      fromMembershipId: from,
      toMembershipId: input.toMembershipId,
      ...statement(input),
    });
    const created = (await this.repo.getRelationship(ctx.em, ctx.allianceId, id))!;
    await this.audit.record(ctx, { action: 'relationship.stated', entityType: 'Relationship', entityId: id, after: auditShape(created) });
    return created;
  }

  /** The backbone changes any statement; a partner those of its own organisation. */
  private async own(ctx: AllianceContext, id: string): Promise<RelationshipModel> {
    await requireAccess(ctx, 'relationship.read');
    const r = await this.repo.getRelationship(ctx.em, ctx.allianceId, id);
    // A partner does not learn of statements it cannot see.
    const seen = readScope(ctx, 'relationship.read').ownMembershipId;
    if (!r || (seen !== null && r.fromMembershipId !== seen && r.toMembershipId !== seen)) throw notFound('Relationship');
    await requireAccess(ctx, 'relationship.write', { owner: r.fromMembershipId });
    return r;
  }

  async update(ctx: AllianceContext, input: UpdateRelationshipInput): Promise<RelationshipModel> {
    const before = await this.own(ctx, input.relationshipId);
    this.checkDates(input.since, input.until);
    await this.repo.updateRelationship(ctx.em, ctx.allianceId, before.id, input.version, statement(input));
    const after = (await this.repo.getRelationship(ctx.em, ctx.allianceId, before.id))!;
    await this.audit.record(ctx, {
      action: 'relationship.updated',
      entityType: 'Relationship',
      entityId: before.id,
      before: auditShape(before),
      after: auditShape(after),
    });
    return after;
  }

  async remove(ctx: AllianceContext, relationshipId: string, version: number): Promise<string> {
    const before = await this.own(ctx, relationshipId);
    if (before.version !== version) throw conflict('Relationship');
    if (!(await this.repo.deleteRelationship(ctx.em, ctx.allianceId, before.id, version))) throw conflict('Relationship');
    await this.audit.record(ctx, { action: 'relationship.removed', entityType: 'Relationship', entityId: before.id, before: auditShape(before) });
    return before.id;
  }
}
