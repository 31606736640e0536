import { AllianceSeed, insert } from './kit';

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
