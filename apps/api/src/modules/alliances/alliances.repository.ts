import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { rows } from '../../core/database/sql';
import { AllianceModel } from './alliances.models';

const SELECT_WITH_MY_SEAT = `
  SELECT DISTINCT ON (a.id)
         a.id, a.name, a.kind, a.lifecycle, a.problem_statement AS "problemStatement", a.vision,
         to_char(a.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(a.period_end, 'YYYY-MM-DD') AS "periodEnd",
         a.version, a.created_at AS "createdAt",
         m.role AS "myRole", m.id AS "myMembershipId", s.is_admin AS "myIsAdmin",
         json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'city', o.city) AS "myOrganisation"
    FROM alliances a
    JOIN alliance_seats s ON s.alliance_id = a.id AND s.user_id = $1 AND s.left_at IS NULL
    JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id AND m.state = 'ACTIVE'
    JOIN organisations o ON o.id = m.organisation_id`;

/** Alliance queries. Row-level security decides which alliances a transaction can see. */
@Injectable()
export class AlliancesRepository {
  /** Every alliance visible in this transaction where the user holds an active seat. */
  async listWithMySeat(em: EntityManager, userId: string): Promise<AllianceModel[]> {
    const list = await rows<AllianceModel>(em, `${SELECT_WITH_MY_SEAT} ORDER BY a.id, m.role = 'BACKBONE' DESC`, [userId]);
    return list.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }

  async getWithMySeat(em: EntityManager, allianceId: string, userId: string): Promise<AllianceModel | undefined> {
    return (await rows<AllianceModel>(em, `${SELECT_WITH_MY_SEAT} WHERE a.id = $2 ORDER BY a.id, m.role = 'BACKBONE' DESC`, [userId, allianceId]))[0];
  }

  async insert(em: EntityManager, a: { id: string; name: string; kind: string; problemStatement: string; vision: string; periodStart: string | null; periodEnd: string | null }): Promise<void> {
    await em.query(
      `INSERT INTO alliances (id, name, kind, problem_statement, vision, period_start, period_end) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [a.id, a.name, a.kind, a.problemStatement, a.vision, a.periodStart, a.periodEnd],
    );
  }
}
