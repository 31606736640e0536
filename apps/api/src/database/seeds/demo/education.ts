import { seedActivities, seedGoals, seedLog } from './common';
import { seedPortal } from './portal';
import { seedParticipation } from './participation';
import { EDU_ACTIVITIES, EDU_DIMENSIONS, EDU_GOALS, EDU_INDICATORS, EDU_PARTNERS, EDU_PLAN } from './education-data';
import { EDU_LOG } from './education-log';
import { seedIndicators } from './indicators';
import { AllianceSeed, insert } from './kit';
import { seedMeasurements } from './measurements';
import { seedEducationNetwork, seedEducationSurveys } from './network';
import { seedEducationMatching } from './matching';

const AGREEMENT_V1 = `Wir, die Mitglieder des Bildungsbündnisses Musterstadt, arbeiten gemeinsam daran, dass jedes Kind in Musterstadt einen Schulabschluss und einen passenden Anschluss erreicht.

1. Wir verfolgen die gemeinsame Agenda und ihre Ziele.
2. Wir melden unsere Kennzahlen zu den vereinbarten Terminen.
3. Wir nehmen an der monatlichen Steuerungsgruppe teil.`;
const AGREEMENT_V2 = `${AGREEMENT_V1}
4. Kinder und Jugendliche, die wir gemeinsam mit anderen Partnern begleiten, melden wir als Überschneidung, damit sie nur einmal gezählt werden.
5. Daten über einzelne Kinder tauschen wir nur mit Einwilligung der Eltern aus.`;
const CONFLICT_PROCEDURE =
  'Konflikte tragen wir zuerst im Gespräch der Beteiligten aus. Gelingt keine Einigung, moderiert das Bildungsbüro; danach entscheidet die Steuerungsgruppe.';

/** The full Bildungsbündnis: agreement, goals, indicators, three years of reports, activities, log, proposals. */
export async function seedEducation(a: AllianceSeed): Promise<void> {
  const { client, rng, allianceId, members, actors, clock } = a;
  const at = clock.at.bind(clock);
  const v1 = rng.uuid();
  const v2 = rng.uuid();
  await insert(client, 'agreement_versions', [
    {
      alliance_id: allianceId,
      id: v1,
      version_number: 1,
      title: 'Kooperationsvereinbarung Bildungsbündnis Musterstadt',
      body: AGREEMENT_V1,
      conflict_procedure: CONFLICT_PROCEDURE,
      published_by_user_id: a.backboneUser,
      published_at: at('2024-01-15'),
    },
    {
      alliance_id: allianceId,
      id: v2,
      version_number: 2,
      title: clock.text('Kooperationsvereinbarung Bildungsbündnis Musterstadt ({y:2025})'),
      body: AGREEMENT_V2,
      conflict_procedure: CONFLICT_PROCEDURE,
      published_by_user_id: a.backboneUser,
      published_at: at('2025-06-02'),
    },
  ]);
  // Everyone signed version 1; the Jobcenter and the Schulamt have not signed version 2 yet.
  const signedV2 = ['bildungsbuero', 'jugendtreff', 'vhs', 'lesestart', 'paten', 'stiftung'];
  await insert(client, 'agreement_signatures', [
    ...Object.keys(members).map((m, i) => ({
      alliance_id: allianceId,
      id: rng.uuid(),
      agreement_version_id: v1,
      membership_id: members[m],
      signed_by_user_id: actors[m],
      signed_at: at(`2024-01-${16 + i}`),
    })),
    ...signedV2.map((m, i) => ({
      alliance_id: allianceId,
      id: rng.uuid(),
      agreement_version_id: v2,
      membership_id: members[m],
      signed_by_user_id: actors[m],
      signed_at: at(`2025-06-${String(3 + 2 * i).padStart(2, '0')}`),
    })),
  ]);

  const goals = await seedGoals(a, EDU_GOALS, '2024-01-10');
  const ind = await seedIndicators(a, EDU_INDICATORS, EDU_DIMENSIONS, goals, '2024-01-12');
  await seedMeasurements(a, EDU_INDICATORS, ind, EDU_PARTNERS, EDU_PLAN);
  await seedActivities(a, EDU_ACTIVITIES, goals, ind.ids, ['Südstadt', 'Hafenviertel']);
  const log = await seedLog(a, EDU_LOG, goals, ind.ids);
  await seedProposals(a, ind.ids['LES-1'], log.decision);
  await seedEducationNetwork(a);
  await seedEducationSurveys(a);
  await seedPortal(a, ['bildungsbuero', 'jugendtreff', 'vhs', 'jobcenter', 'lesestart', 'paten']);
  await seedEducationMatching(a);
  await seedParticipation(a);
}

async function seedProposals(a: AllianceSeed, indicatorId: string, decisionLogEntryId: string): Promise<void> {
  const { client, rng, allianceId, members, actors, clock } = a;
  const at = clock.at.bind(clock);
  const decided = rng.uuid();
  const open = rng.uuid();
  const base = { alliance_id: allianceId, created_by_user_id: a.backboneUser, created_by_membership_id: members.bildungsbuero };
  await insert(client, 'proposals', [
    {
      ...base,
      id: decided,
      title: clock.text('Zielwert Leseförderung {y:2027} auf 260 Kinder anheben'),
      body: clock.text(
        'Die Leseförderung wächst schneller als geplant. Wir schlagen vor, den Zielwert für {y:2027} von 240 auf 260 Kinder im Monat anzuheben.',
      ),
      closes_at: at('2026-09-20', 23),
      state: 'DECIDED',
      outcome: 'ACCEPTED',
      decided_at: at('2026-09-22', 9),
      decision_log_entry_id: decisionLogEntryId,
      indicator_id: indicatorId,
      version: 2,
      created_at: at('2026-09-08', 18),
      updated_at: at('2026-09-22', 9),
    },
    {
      ...base,
      id: open,
      title: clock.text('Gemeinsamer Aktionstag „Übergänge“ im {my:2027-03}'),
      body: 'Statt getrennter Berufsorientierungstage und Ausbildungsbörse veranstalten wir einen gemeinsamen Aktionstag im Bürgerhaus Nordviertel.',
      // Still open: its closing time is the only one allowed after today.
      closes_at: `${clock.date('2027-01-29')}T23:00:00Z`,
      state: 'OPEN',
      outcome: null,
      decided_at: null,
      decision_log_entry_id: null,
      indicator_id: null,
      version: 1,
      created_at: at('2026-11-10', 18),
      updated_at: at('2026-11-10', 18),
    },
  ]);
  const vote = (proposal: string, m: string, v: string, comment: string, on: string) => ({
    alliance_id: allianceId,
    proposal_id: proposal,
    membership_id: members[m],
    vote: v,
    comment,
    voted_by_user_id: actors[m],
    voted_at: at(on, 12),
  });
  await insert(client, 'proposal_votes', [
    vote(decided, 'bildungsbuero', 'AGREE', '', '2026-09-09'),
    vote(decided, 'lesestart', 'AGREE', 'Mit den neuen Lesepaten schaffen wir das.', '2026-09-10'),
    vote(decided, 'jugendtreff', 'AGREE', '', '2026-09-11'),
    vote(decided, 'vhs', 'AGREE', '', '2026-09-14'),
    vote(decided, 'paten', 'ABSTAIN', 'Wir sind bei der Leseförderung kaum beteiligt.', '2026-09-15'),
    vote(decided, 'jobcenter', 'DISAGREE', 'Ohne zusätzliche Mittel ist das zu ehrgeizig.', '2026-09-18'),
    vote(open, 'bildungsbuero', 'AGREE', '', '2026-11-11'),
    vote(open, 'jugendtreff', 'AGREE', 'Löst unseren Terminkonflikt.', '2026-11-12'),
    vote(open, 'jobcenter', 'ABSTAIN', 'Wir klären das noch mit den Betrieben.', '2026-11-13'),
  ]);
  // The snapshot pins the indicator as it stood at the decision: the last four approved months up to August 2026 (anchor).
  await client.query(
    `UPDATE proposals p SET indicator_snapshot = (
       WITH per AS (
         SELECT m.period_key, count(*)::int AS reports, sum(m.value)::float8 AS value
           FROM measurements m
          WHERE m.alliance_id = $1 AND m.indicator_id = $2 AND m.status = 'APPROVED' AND m.period_key <= $4
          GROUP BY m.period_key ORDER BY m.period_key DESC LIMIT 4)
       SELECT jsonb_build_object('indicatorId', i.id, 'name', i.name, 'unit', i.unit, 'aggregation', i.aggregation, 'takenAt', p.decided_at,
                                 'periods', (SELECT jsonb_agg(period_key ORDER BY period_key) FROM per),
                                 'values', (SELECT jsonb_agg(value ORDER BY period_key) FROM per),
                                 'reportCounts', (SELECT jsonb_agg(reports ORDER BY period_key) FROM per))
         FROM indicators i WHERE i.alliance_id = $1 AND i.id = $2)
      WHERE p.alliance_id = $1 AND p.id = $3`,
    [allianceId, indicatorId, decided, clock.key('2026-08')],
  );
}
