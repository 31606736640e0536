import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../test/test-app';
import { COMPLETE_ITEM, CREATE_ENTRY, CREATE_ITEM, CREATE_PROPOSAL, ADD_COMMENT, inDays, VOTE } from '../communication/communication.test-queries';
import { approvedValue, createIndicator, openPeriod, ROLLUP } from '../measurements/measurements.fixtures';

export const EXPORT = `query { myPersonalData }`;
export const ERASE = `mutation($i: EraseMyAccountInput!) { eraseMyAccount(input: $i) }`;
export { ROLLUP };

/** Invites the organisation of an existing user into another alliance and accepts with their token. */
export async function join(t: TestApp, backboneToken: string, allianceId: string, who: { organisationId: string; email: string; token: string }) {
  return t.joinOrganisation(backboneToken, allianceId, 'PARTNER', who);
}

/**
 * The data subject P is a partner in alliances A and B and has written in both; alliance C,
 * where P has no seat, holds someone else's entry. P authored one of everything in A.
 */
export async function world(t: TestApp) {
  const a = await t.allianceWithRoles(`A ${randomUUID().slice(0, 6)}`);
  const p = a.partner;
  const name = `Paula Privat ${randomUUID().slice(0, 6)}`;
  await t.sql(`UPDATE users SET name = $2 WHERE id = $1`, [p.id, name]);
  const A = a.allianceId;
  const P = { token: p.token };
  const B = { token: a.backbone.token };

  const entry = (await t.ok(CREATE_ENTRY, { i: { allianceId: A, type: 'UPDATE', title: 'Bericht von Paula', occurredOn: '2026-03-01' } }, P)).createLogEntry;
  const comment = (await t.ok(ADD_COMMENT, { i: { allianceId: A, logEntryId: entry.id, body: 'Mein Kommentar' } }, P)).addComment;
  const proposal = (await t.ok(CREATE_PROPOSAL, { i: { allianceId: A, title: 'Vorschlag', closesAt: inDays(7) } }, B)).createProposal;
  await t.ok(VOTE, { i: { allianceId: A, proposalId: proposal.id, vote: 'AGREE', comment: 'Gern' } }, P);
  const item = (await t.ok(CREATE_ITEM, { i: { allianceId: A, title: 'Protokoll', ownerMembershipId: p.membershipId, ownerUserId: p.id } }, B))
    .createActionItem;
  await t.ok(COMPLETE_ITEM, { i: { allianceId: A, actionItemId: item.id, version: item.version } }, P);
  const indicatorId = await createIndicator(t, A, { name: 'Erreichte Familien' });
  const reportingPeriodId = await openPeriod(t, a.backbone.token, A, '2026-Q1');
  const measurement = await approvedValue(t, { reporter: p.token, backbone: a.backbone.token }, { allianceId: A, indicatorId, reportingPeriodId, value: 42 });
  const versionId = randomUUID();
  await t.sql(
    `INSERT INTO agreement_versions (alliance_id, id, version_number, title, body, published_by_user_id) VALUES ($1, $2, 1, 'Vereinbarung', 'Text', $3)`,
    [A, versionId, a.backbone.id],
  );
  await t.sql(`INSERT INTO agreement_signatures (alliance_id, id, agreement_version_id, membership_id, signed_by_user_id) VALUES ($1, $2, $3, $4, $5)`, [
    A,
    randomUUID(),
    versionId,
    p.membershipId,
    p.id,
  ]);

  const other = await t.userWithToken();
  const allianceB = await t.createAlliance(other.token, `B ${randomUUID().slice(0, 6)}`);
  await join(t, other.token, allianceB, p);
  const entryB = (await t.ok(CREATE_ENTRY, { i: { allianceId: allianceB, type: 'MEETING', title: 'Treffen in B', occurredOn: '2026-03-02' } }, P))
    .createLogEntry;

  const stranger = await t.userWithToken();
  const allianceC = await t.createAlliance(stranger.token, `C ${randomUUID().slice(0, 6)}`);
  await t.ok(CREATE_ENTRY, { i: { allianceId: allianceC, type: 'UPDATE', title: 'Geheim in C', occurredOn: '2026-03-03' } }, { token: stranger.token });

  return { ...a, p, name, entry, comment, proposal, item, indicatorId, measurement, allianceB, entryB, allianceC };
}

/** Every text-like column of every table (owner connection): where the value occurs, as "table.column: n". */
export async function occurrences(t: TestApp, needle: string): Promise<string[]> {
  const columns = await t.sql<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public'
        AND (c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json') OR c.udt_name IN ('_text', '_varchar'))`,
  );
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM "${table_name}" WHERE strpos(lower("${column_name}"::text), lower($1)) > 0`, [needle]);
    if (n > 0) hits.push(`${table_name}.${column_name}: ${n}`);
  }
  return hits;
}
