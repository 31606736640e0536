import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one, rows, updateVersioned } from '../../database/sql';
import type { SurveyResponseState } from './survey.entity';
import type { SurveyAnswerInput as AnswerIn, SurveyAnswerModel, SurveyMemberModel, SurveyRespondentModel, SurveyRoundModel } from './survey.models';

const ORGANISATION = (o: string) => `json_build_object('id', ${o}.id, 'name', ${o}.name, 'kind', ${o}.kind, 'city', ${o}.city)`;

/** A round with its response rate and the caller's own response state ($2: the caller's membership). */
const ROUND = `SELECT r.id, r.title, to_char(r.opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(r.closes_on, 'YYYY-MM-DD') AS "closesOn", r.state,
       r.closed_at AS "closedAt", r.version,
       (SELECT count(*)::int FROM survey_responses s WHERE s.alliance_id = r.alliance_id AND s.round_id = r.id) AS "respondentCount",
       (SELECT count(*)::int FROM survey_responses s WHERE s.alliance_id = r.alliance_id AND s.round_id = r.id AND s.state = 'SUBMITTED') AS "submittedCount",
       coalesce((SELECT avg((s.state = 'SUBMITTED')::int)::float8 FROM survey_responses s WHERE s.alliance_id = r.alliance_id AND s.round_id = r.id), 0) AS "responseRate",
       (SELECT s.state FROM survey_responses s WHERE s.alliance_id = r.alliance_id AND s.round_id = r.id AND s.membership_id = $2) AS "myResponseState"
  FROM survey_rounds r`;

const ANSWER = `a.from_membership_id AS "fromMembershipId", a.to_membership_id AS "toMembershipId", a.kind, a.frequency, a.trust::int AS trust, a.value::int AS value`;

export interface ResponseRow {
  id: string;
  membershipId: string;
  state: SurveyResponseState;
  version: number;
}

/** The SQL of network survey rounds (modules/network/survey.service.ts). */
@Injectable()
export class SurveyRepository {
  listRounds(em: EntityManager, allianceId: string, me: string | null): Promise<SurveyRoundModel[]> {
    return rows(em, `${ROUND} WHERE r.alliance_id = $1 ORDER BY r.opens_on DESC, r.created_at DESC, r.id`, [allianceId, me]);
  }

  getRound(em: EntityManager, allianceId: string, id: string, me: string | null): Promise<SurveyRoundModel | undefined> {
    return one(em, `${ROUND} WHERE r.alliance_id = $1 AND r.id = $3`, [allianceId, me, id]);
  }

  /** Locks the round for the rest of the transaction (answers and closing do not cross). */
  lockRound(em: EntityManager, allianceId: string, id: string): Promise<{ state: string } | undefined> {
    return one(em, `SELECT state FROM survey_rounds WHERE alliance_id = $1 AND id = $2 FOR SHARE`, [allianceId, id]);
  }

  /** Opens a round and asks every active backbone and partner member; returns the round id. */
  async insertRound(em: EntityManager, allianceId: string, by: string, f: { title: string; opensOn: string; closesOn: string }): Promise<string> {
    const id = randomUUID();
    await em.query(`INSERT INTO survey_rounds (alliance_id, id, title, opens_on, closes_on, opened_by_membership_id) VALUES ($1, $2, $3, $4, $5, $6)`, [
      allianceId,
      id,
      f.title,
      f.opensOn,
      f.closesOn,
      by,
    ]);
    await em.query(
      `INSERT INTO survey_responses (alliance_id, id, round_id, membership_id)
       SELECT m.alliance_id, gen_random_uuid(), $2, m.id FROM memberships m
        WHERE m.alliance_id = $1 AND m.state = 'ACTIVE' AND m.role IN ('BACKBONE', 'PARTNER')`,
      [allianceId, id],
    );
    return id;
  }

  closeRound(em: EntityManager, allianceId: string, id: string, version: number) {
    return updateVersioned(
      em,
      'SurveyRound',
      `UPDATE survey_rounds SET state = 'CLOSED', closed_at = now(), version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [allianceId, id, version],
      async () => !!(await one(em, `SELECT 1 FROM survey_rounds WHERE alliance_id = $1 AND id = $2`, [allianceId, id])),
    );
  }

  respondents(em: EntityManager, allianceId: string, roundId: string): Promise<Array<SurveyRespondentModel & { role: string }>> {
    return rows(
      em,
      `SELECT m.id, m.role, ${ORGANISATION('o')} AS organisation, s.state, s.submitted_at AS "submittedAt"
         FROM survey_responses s JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id
         JOIN organisations o ON o.id = m.organisation_id
        WHERE s.alliance_id = $1 AND s.round_id = $2 ORDER BY lower(o.name), m.id`,
      [allianceId, roundId],
    );
  }

  response(em: EntityManager, allianceId: string, roundId: string, membershipId: string): Promise<ResponseRow | undefined> {
    return one(
      em,
      `SELECT id, membership_id AS "membershipId", state, version FROM survey_responses WHERE alliance_id = $1 AND round_id = $2 AND membership_id = $3`,
      [allianceId, roundId, membershipId],
    );
  }

  /** The members a respondent rates: the others asked in the round. */
  others(em: EntityManager, allianceId: string, roundId: string, membershipId: string): Promise<SurveyMemberModel[]> {
    return rows(
      em,
      `SELECT m.id, ${ORGANISATION('o')} AS organisation
         FROM survey_responses s JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id
         JOIN organisations o ON o.id = m.organisation_id
        WHERE s.alliance_id = $1 AND s.round_id = $2 AND s.membership_id <> $3 ORDER BY lower(o.name), m.id`,
      [allianceId, roundId, membershipId],
    );
  }

  answersOf(em: EntityManager, allianceId: string, responseId: string): Promise<SurveyAnswerModel[]> {
    return rows(em, `SELECT ${ANSWER} FROM survey_answers a WHERE a.alliance_id = $1 AND a.response_id = $2 ORDER BY a.to_membership_id`, [
      allianceId,
      responseId,
    ]);
  }

  /** The answers of submitted responses of a round. */
  submittedAnswers(em: EntityManager, allianceId: string, roundId: string): Promise<SurveyAnswerModel[]> {
    return rows(
      em,
      `SELECT ${ANSWER} FROM survey_answers a
         JOIN survey_responses s ON s.alliance_id = a.alliance_id AND s.id = a.response_id
        WHERE a.alliance_id = $1 AND a.round_id = $2 AND s.state = 'SUBMITTED'
        ORDER BY a.from_membership_id, a.to_membership_id`,
      [allianceId, roundId],
    );
  }

  /** Replaces a response's answers and moves its state on; a stale version is CONFLICT. */
  async saveResponse(em: EntityManager, allianceId: string, r: ResponseRow, roundId: string, version: number, answers: AnswerIn[], state: SurveyResponseState) {
    await updateVersioned(
      em,
      'SurveyResponse',
      `UPDATE survey_responses SET state = $4::varchar, submitted_at = CASE WHEN $4::varchar = 'SUBMITTED' THEN coalesce(submitted_at, now()) END,
              version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [allianceId, r.id, version, state],
      async () => true,
    );
    await em.query(`DELETE FROM survey_answers WHERE alliance_id = $1 AND response_id = $2`, [allianceId, r.id]);
    if (!answers.length) return;
    await em.query(
      `INSERT INTO survey_answers (alliance_id, id, round_id, response_id, from_membership_id, to_membership_id, kind, frequency, trust, value)
       SELECT $1, gen_random_uuid(), $2, $3, $4, t.to_id, t.kind, t.frequency, t.trust, t.value
         FROM unnest($5::uuid[], $6::text[], $7::text[], $8::int[], $9::int[]) AS t(to_id, kind, frequency, trust, value)`,
      [
        allianceId,
        roundId,
        r.id,
        r.membershipId,
        answers.map((a) => a.toMembershipId),
        answers.map((a) => a.kind ?? null),
        answers.map((a) => a.frequency ?? null),
        answers.map((a) => a.trust ?? null),
        answers.map((a) => a.value ?? null),
      ],
    );
  }
}
