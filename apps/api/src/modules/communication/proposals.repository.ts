import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ProposalOutcomeName, ProposalStateName, VoteName } from '@gemeinwerk/shared';
import { EntityManager } from 'typeorm';
import { one, rows, updateVersioned } from '../../database/sql';
import { ROLLUP_CTES } from '../measurements/rollups.sql';
import { joinMember, memberJson, personJson } from './communication.sql';
import { ProposalModel, ProposalVoteModel, VoteTallyModel } from './proposals.models';

const TALLY_COLUMNS = `
  count(*) FILTER (WHERE v.vote = 'AGREE')::int AS agree, count(*) FILTER (WHERE v.vote = 'ABSTAIN')::int AS abstain,
  count(*) FILTER (WHERE v.vote = 'DISAGREE')::int AS disagree, count(*) FILTER (WHERE v.vote = 'BLOCK')::int AS block,
  count(*)::int AS total`;

/** The decision rule: any BLOCK → BLOCKED; no votes → NO_QUORUM; more AGREE than DISAGREE → ACCEPTED; else REJECTED. */
const OUTCOME = `
  CASE WHEN count(*) FILTER (WHERE v.vote = 'BLOCK') > 0 THEN 'BLOCKED'
       WHEN count(*) = 0 THEN 'NO_QUORUM'
       WHEN count(*) FILTER (WHERE v.vote = 'AGREE') > count(*) FILTER (WHERE v.vote = 'DISAGREE') THEN 'ACCEPTED'
       ELSE 'REJECTED' END::proposal_outcome`;

/**
 * The indicator (id expression `ind`) as it stands now: name, unit, aggregation and the rolled-up
 * APPROVED values of its last four reported periods, oldest first. SUM sums, AVERAGE averages,
 * RATIO divides the summed numerators by the summed denominators, LATEST takes the most recently
 * approved report of the period. The arithmetic is the roll-up's own (`ROLLUP_CTES`), so declared
 * overlaps are deducted exactly as on the indicator page: a decision records the number people saw.
 */
const snapshotSql = (ind: string) => `(
  WITH cells AS (
    SELECT $1::uuid AS alliance_id, k.*, (row_number() OVER (ORDER BY k.period_key))::int AS ord, NULL::text[] AS target_keys FROM (
      SELECT DISTINCT i.id AS indicator_id, m.period_key::text AS period_key, i.aggregation::text AS aggregation,
             i.frequency::text AS frequency, i.status = 'ACTIVE' AS active
        FROM indicators i
        JOIN measurements m ON m.alliance_id = i.alliance_id AND m.indicator_id = i.id AND m.status = 'APPROVED'
       WHERE i.alliance_id = $1 AND i.id = ${ind}
       ORDER BY 2 DESC
       LIMIT 4) k
  ),
  ${ROLLUP_CTES},
  per AS (SELECT period_key, member_count AS reports, value::float8 AS value, base::float8 AS base FROM totals)
  SELECT jsonb_build_object(
           'indicatorId', i.id, 'name', i.name, 'unit', i.unit, 'aggregation', i.aggregation, 'takenAt', now(),
           'periods', coalesce((SELECT jsonb_agg(period_key ORDER BY period_key) FROM per), '[]'),
           'values', coalesce((SELECT jsonb_agg(value ORDER BY period_key) FROM per), '[]'),
           'reportCounts', coalesce((SELECT jsonb_agg(reports ORDER BY period_key) FROM per), '[]'),
           'bases', coalesce((SELECT jsonb_agg(base ORDER BY period_key) FROM per), '[]'))
    FROM indicators i WHERE i.alliance_id = $1 AND i.id = ${ind})`;

const VOTE_JSON = `json_build_object('member', ${memberJson('vm', 'vo')}, 'vote', v.vote, 'comment', v.comment, 'votedBy', ${personJson('vu')}, 'votedAt', v.voted_at)`;
const VOTE_FROM = `FROM proposal_votes v ${joinMember('v', 'membership_id', 'vm', 'vo')} LEFT JOIN users vu ON vu.id = v.voted_by_user_id`;

/** $1 = alliance, $2 = the caller's membership (for myVote). */
const PROPOSAL_SELECT = `
  SELECT p.id, p.alliance_id AS "allianceId", p.title, p.body, p.closes_at AS "closesAt", p.state,
         (p.state = 'OPEN' AND p.closes_at > now()) AS "votingOpen", p.outcome, p.decided_at AS "decidedAt",
         p.decision_log_entry_id AS "decisionLogEntryId",
         CASE WHEN i.id IS NULL THEN NULL ELSE json_build_object('id', i.id, 'name', i.name, 'unit', i.unit) END AS indicator,
         p.indicator_snapshot AS "indicatorSnapshot", ${personJson('cu')} AS "createdBy", ${memberJson('cm', 'co')} AS "createdByMember",
         p.version, p.created_at AS "createdAt", p.created_at::text AS "createdAtKey", t.tally, mv.my_vote AS "myVote"
    FROM proposals p
    ${joinMember('p', 'created_by_membership_id', 'cm', 'co')}
    LEFT JOIN users cu ON cu.id = p.created_by_user_id
    LEFT JOIN indicators i ON i.alliance_id = p.alliance_id AND i.id = p.indicator_id
    CROSS JOIN LATERAL (SELECT json_build_object('agree', agree, 'abstain', abstain, 'disagree', disagree, 'block', block, 'total', total) AS tally
                          FROM (SELECT ${TALLY_COLUMNS} FROM proposal_votes v WHERE v.alliance_id = p.alliance_id AND v.proposal_id = p.id) x) t
    LEFT JOIN LATERAL (SELECT ${VOTE_JSON} AS my_vote ${VOTE_FROM}
                        WHERE v.alliance_id = p.alliance_id AND v.proposal_id = p.id AND v.membership_id = $2) mv ON true`;

/** Timestamps inside JSON arrive as strings; GraphQL's DateTime wants Dates. */
function hydrate<T extends ProposalModel | undefined>(p: T): T {
  if (!p) return p;
  if (p.myVote) p.myVote.votedAt = new Date(p.myVote.votedAt);
  if (p.indicatorSnapshot) p.indicatorSnapshot.takenAt = new Date(p.indicatorSnapshot.takenAt);
  return p;
}

export interface ProposalLock {
  state: ProposalStateName;
  version: number;
  votingOpen: boolean;
  createdByMembershipId: string;
  title: string;
  indicatorId: string | null;
}

@Injectable()
export class ProposalsRepository {
  async get(em: EntityManager, allianceId: string, callerMembershipId: string, id: string): Promise<ProposalModel | undefined> {
    return hydrate(await one<ProposalModel>(em, `${PROPOSAL_SELECT} WHERE p.alliance_id = $1 AND p.id = $3`, [allianceId, callerMembershipId, id]));
  }

  /** Newest first; keyset on (created_at, id) descending. */
  async list(em: EntityManager, q: { allianceId: string; callerMembershipId: string; state?: ProposalStateName; limit: number; after?: [string, string] }) {
    const [{ n: totalCount }] = await rows<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM proposals p WHERE p.alliance_id = $1 AND ($2::proposal_state IS NULL OR p.state = $2)`,
      [q.allianceId, q.state ?? null],
    );
    const where = `p.alliance_id = $1 AND ($3::proposal_state IS NULL OR p.state = $3)`;
    const keyset = q.after ? `AND (p.created_at, p.id) < ($5::timestamptz, $6::uuid)` : '';
    const page = await rows<ProposalModel>(em, `${PROPOSAL_SELECT} WHERE ${where} ${keyset} ORDER BY p.created_at DESC, p.id DESC LIMIT $4`, [
      q.allianceId,
      q.callerMembershipId,
      q.state ?? null,
      q.limit,
      ...(q.after ?? []),
    ]);
    return { page: page.map(hydrate), totalCount };
  }

  votes(em: EntityManager, allianceId: string, proposalId: string): Promise<ProposalVoteModel[]> {
    return rows<ProposalVoteModel>(
      em,
      `SELECT ${memberJson('vm', 'vo')} AS member, v.vote, v.comment, ${personJson('vu')} AS "votedBy", v.voted_at AS "votedAt"
       ${VOTE_FROM} WHERE v.alliance_id = $1 AND v.proposal_id = $2 ORDER BY vo.name`,
      [allianceId, proposalId],
    );
  }

  /**
   * Locks the proposal for the rest of the transaction: votes take a share lock, closing and
   * withdrawing an update lock, so a vote cannot slip in while a decision is being taken.
   */
  lock(em: EntityManager, allianceId: string, id: string, mode: 'SHARE' | 'UPDATE'): Promise<ProposalLock | undefined> {
    return one<ProposalLock>(
      em,
      `SELECT state, version, (state = 'OPEN' AND closes_at > now()) AS "votingOpen", created_by_membership_id AS "createdByMembershipId",
              title, indicator_id AS "indicatorId"
         FROM proposals WHERE alliance_id = $1 AND id = $2 FOR ${mode}`,
      [allianceId, id],
    );
  }

  async insert(
    em: EntityManager,
    p: { allianceId: string; title: string; body: string; closesAt: Date; indicatorId: string | null; userId: string; membershipId: string },
  ) {
    const id = randomUUID();
    await em.query(
      `INSERT INTO proposals (alliance_id, id, title, body, closes_at, indicator_id, created_by_user_id, created_by_membership_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [p.allianceId, id, p.title, p.body, p.closesAt, p.indicatorId, p.userId, p.membershipId],
    );
    return id;
  }

  async indicatorExists(em: EntityManager, allianceId: string, id: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM indicators WHERE alliance_id = $1 AND id = $2`, [allianceId, id]));
  }

  /** One vote per organisation: a new vote replaces the organisation's earlier one. */
  async upsertVote(em: EntityManager, v: { allianceId: string; proposalId: string; membershipId: string; vote: VoteName; comment: string; userId: string }) {
    await em.query(
      `INSERT INTO proposal_votes (alliance_id, proposal_id, membership_id, vote, comment, voted_by_user_id) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (alliance_id, proposal_id, membership_id)
       DO UPDATE SET vote = EXCLUDED.vote, comment = EXCLUDED.comment, voted_by_user_id = EXCLUDED.voted_by_user_id, voted_at = now()`,
      [v.allianceId, v.proposalId, v.membershipId, v.vote, v.comment, v.userId],
    );
  }

  /** The tally and the outcome it decides, both computed by PostgreSQL. */
  async tally(em: EntityManager, allianceId: string, proposalId: string): Promise<VoteTallyModel & { outcome: ProposalOutcomeName }> {
    return (await one<VoteTallyModel & { outcome: ProposalOutcomeName }>(
      em,
      `SELECT ${TALLY_COLUMNS}, ${OUTCOME} AS outcome FROM proposal_votes v WHERE v.alliance_id = $1 AND v.proposal_id = $2`,
      [allianceId, proposalId],
    ))!;
  }

  /** Records the decision; the indicator snapshot is taken in the same statement. */
  async decide(em: EntityManager, d: { allianceId: string; id: string; version: number; outcome: ProposalOutcomeName; logEntryId: string }) {
    await updateVersioned(
      em,
      'Proposal',
      `UPDATE proposals p SET state = 'DECIDED', outcome = $4, decided_at = now(), decision_log_entry_id = $5,
              indicator_snapshot = CASE WHEN p.indicator_id IS NULL THEN NULL ELSE ${snapshotSql('p.indicator_id')} END,
              version = version + 1, updated_at = now()
        WHERE p.alliance_id = $1 AND p.id = $2 AND p.version = $3 AND p.state = 'OPEN' RETURNING p.id`,
      [d.allianceId, d.id, d.version, d.outcome, d.logEntryId],
      async () => !!(await this.lock(em, d.allianceId, d.id, 'SHARE')),
    );
  }

  async withdraw(em: EntityManager, allianceId: string, id: string, version: number) {
    await updateVersioned(
      em,
      'Proposal',
      `UPDATE proposals SET state = 'WITHDRAWN', version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 AND state = 'OPEN' RETURNING id`,
      [allianceId, id, version],
      async () => !!(await this.lock(em, allianceId, id, 'SHARE')),
    );
  }

  /** The database's calendar date: the decision's log entry is dated by the same clock as decided_at. */
  async today(em: EntityManager): Promise<string> {
    return (await one<{ d: string }>(em, `SELECT current_date::text AS d`))!.d;
  }

  /** The organisations that voted become participants of the decision's log entry. */
  async addVotersAsParticipants(em: EntityManager, allianceId: string, proposalId: string, logEntryId: string) {
    await em.query(
      `INSERT INTO log_entry_participants (alliance_id, log_entry_id, membership_id)
       SELECT $1, $3, membership_id FROM proposal_votes WHERE alliance_id = $1 AND proposal_id = $2 ON CONFLICT DO NOTHING`,
      [allianceId, proposalId, logEntryId],
    );
  }
}
