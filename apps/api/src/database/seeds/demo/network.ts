import { addDays, AllianceSeed, insert } from './kit';

/** [from, to, kind, directed, strength, since (anchor date), stated by, note] */
type Statement = [string, string, string, boolean, number, string, string, string];

/**
 * Relationships the members of the Bildungsbündnis state (issue 14): the foundation funds the
 * youth centre only, so the youth centre is the bridge to it (the network's broker); the
 * Schulamt, an observer, names and is named by nobody (the isolated member). With the ties
 * derived from reports, meetings and decisions, the network grows from 2024 to today.
 */
const EDU_RELATIONSHIPS: Statement[] = [
  ['stiftung', 'jugendtreff', 'FUNDING', true, 3, '2024-02-01', 'bildungsbuero', 'Förderung des Lerncafés (drei Jahre).'],
  ['jugendtreff', 'lesestart', 'REFERRAL', true, 2, '2024-05-15', 'jugendtreff', 'Wir vermitteln Familien mit kleinen Kindern an die Lesepatenschaften.'],
  ['lesestart', 'jugendtreff', 'INFORMATION', false, 2, '2024-06-01', 'lesestart', 'Monatlicher Austausch über die Familien in Oststadt.'],
  ['vhs', 'jobcenter', 'COORDINATION', false, 2, '2025-03-01', 'vhs', 'Abgestimmte Sprachkurse für Jugendliche im Übergang.'],
  ['paten', 'jugendtreff', 'SHARED_RESOURCES', false, 1, '2025-09-01', 'paten', 'Wir nutzen dienstags die Räume des Jugendtreffs.'],
];

export async function seedEducationNetwork(a: AllianceSeed): Promise<void> {
  const { client, rng, allianceId, members, clock } = a;
  await insert(
    client,
    'relationships',
    EDU_RELATIONSHIPS.map(([from, to, kind, directed, strength, since, by, note]) => ({
      alliance_id: allianceId,
      id: rng.uuid(),
      from_membership_id: members[from],
      to_membership_id: members[to],
      kind,
      directed,
      strength,
      since: clock.date(since),
      note,
      stated_by_membership_id: members[by],
      created_at: clock.at(since),
      updated_at: clock.at(since),
    })),
  );
}

/** [from, to, kind or null (no relationship), frequency, trust, value] */
type Rating = [string, string, string | null, string | null, number | null, number | null];

const SPRING_ANSWERS: Rating[] = [
  ['bildungsbuero', 'jugendtreff', 'COORDINATION', 'MONTHLY', 4, 4],
  ['bildungsbuero', 'vhs', 'COORDINATION', 'QUARTERLY', 3, 3],
  ['bildungsbuero', 'jobcenter', 'INFORMATION', 'QUARTERLY', 3, 2],
  ['bildungsbuero', 'lesestart', null, null, null, null],
  ['bildungsbuero', 'paten', null, null, null, null],
  ['jugendtreff', 'bildungsbuero', 'COORDINATION', 'MONTHLY', 4, 4],
  ['jugendtreff', 'lesestart', 'REFERRAL', 'MONTHLY', 4, 4],
  ['jugendtreff', 'paten', 'SHARED_RESOURCES', 'WEEKLY', 3, 3],
  ['jugendtreff', 'vhs', null, null, null, null],
  ['jugendtreff', 'jobcenter', null, null, null, null],
  ['vhs', 'jobcenter', 'COORDINATION', 'MONTHLY', 3, 4],
  ['vhs', 'bildungsbuero', 'COORDINATION', 'QUARTERLY', 3, 3],
  ['jobcenter', 'vhs', 'COORDINATION', 'MONTHLY', 3, 3],
  ['lesestart', 'jugendtreff', 'INFORMATION', 'MONTHLY', 4, 3],
];
const AUTUMN_SUBMITTED: Rating[] = [
  ['lesestart', 'jugendtreff', 'INFORMATION', 'MONTHLY', 4, 4],
  ['lesestart', 'paten', 'JOINT_ACTIVITY', 'QUARTERLY', 3, 3],
  ['jobcenter', 'vhs', 'COORDINATION', 'WEEKLY', 4, 4],
  ['jobcenter', 'bildungsbuero', 'INFORMATION', 'QUARTERLY', 3, 3],
];
const AUTUMN_DRAFT: Rating[] = [['paten', 'jugendtreff', 'SHARED_RESOURCES', 'WEEKLY', 4, 3]];
const RESPONDENTS = ['bildungsbuero', 'jugendtreff', 'vhs', 'jobcenter', 'lesestart', 'paten'];

/**
 * Network survey rounds of the Bildungsbündnis (issue 14): a finished round in spring (five of
 * six members answered; the youth centre again the bridge to the reading project and the
 * mentors), and an open autumn round that two members have sent, one has drafted, and the
 * backbone and the youth centre have yet to answer.
 */
export async function seedEducationSurveys(a: AllianceSeed): Promise<void> {
  const { client, rng, allianceId, members, clock } = a;
  const rounds = [
    {
      id: rng.uuid(),
      title: 'Netzwerk-Befragung Frühjahr',
      opens: '2026-04-13',
      closes: '2026-05-08',
      closed: true,
      submitted: ['bildungsbuero', 'jugendtreff', 'vhs', 'jobcenter', 'lesestart'],
      drafted: [] as string[],
      answers: SPRING_ANSWERS,
    },
    {
      id: rng.uuid(),
      title: 'Netzwerk-Befragung Herbst',
      opens: '2026-11-02',
      closes: '2026-11-27',
      closed: false,
      submitted: ['lesestart', 'jobcenter'],
      drafted: ['paten'],
      answers: [...AUTUMN_SUBMITTED, ...AUTUMN_DRAFT],
    },
  ];
  await insert(
    client,
    'survey_rounds',
    rounds.map((r) => ({
      alliance_id: allianceId,
      id: r.id,
      title: clock.text(`${r.title} {y:2026}`),
      opens_on: clock.date(r.opens),
      closes_on: clock.date(r.closes),
      state: r.closed ? 'CLOSED' : 'OPEN',
      opened_by_membership_id: members.bildungsbuero,
      closed_at: r.closed ? clock.at(addDays(r.closes, 1)) : null,
      version: r.closed ? 2 : 1,
      created_at: clock.at(r.opens),
      updated_at: clock.at(r.closed ? addDays(r.closes, 1) : r.opens),
    })),
  );
  const responseIds = new Map<string, string>();
  await insert(
    client,
    'survey_responses',
    rounds.flatMap((r) =>
      RESPONDENTS.map((m) => {
        const id = rng.uuid();
        responseIds.set(`${r.id}|${m}`, id);
        const state = r.submitted.includes(m) ? 'SUBMITTED' : r.drafted.includes(m) ? 'DRAFT' : 'PENDING';
        return {
          alliance_id: allianceId,
          id,
          round_id: r.id,
          membership_id: members[m],
          state,
          submitted_at: state === 'SUBMITTED' ? clock.at(addDays(r.opens, 3 + RESPONDENTS.indexOf(m))) : null,
          version: state === 'PENDING' ? 1 : 2,
          created_at: clock.at(r.opens),
          updated_at: clock.at(r.opens),
        };
      }),
    ),
  );
  await insert(
    client,
    'survey_answers',
    rounds.flatMap((r) =>
      r.answers.map(([from, to, kind, frequency, trust, value]) => ({
        alliance_id: allianceId,
        id: rng.uuid(),
        round_id: r.id,
        response_id: responseIds.get(`${r.id}|${from}`),
        from_membership_id: members[from],
        to_membership_id: members[to],
        kind,
        frequency,
        trust,
        value,
      })),
    ),
  );
}
