import { randomUUID } from 'node:crypto';
import { germanCsv, upload } from '../../modules/imports/imports.fixtures';
import type { TestApp } from '../test-app';

/**
 * One alliance with real content, built through the GraphQL API as its members would: goals, an
 * agreement, a dimension, indicators with targets, an open period, measurements in every state,
 * an overlap, activities, a conflict log entry with a comment and an action item, a proposal with
 * a vote, a pending invitation, a join link and a pending join request. Every id is collected by GraphQL type, so the isolation matrix
 * can pass "an id of the right kind from the other alliance" to every argument.
 * `mark` prefixes every name and text, so a leak of them is easy to find in a response.
 */
export type Kind =
  | 'Goal'
  | 'Dimension'
  | 'Category'
  | 'Indicator'
  | 'Target'
  | 'ReportingPeriod'
  | 'Measurement'
  | 'Overlap'
  | 'Activity'
  | 'LogEntry'
  | 'Comment'
  | 'ActionItem'
  | 'Proposal'
  | 'Invitation'
  | 'Membership'
  | 'User'
  | 'District'
  | 'ApiToken'
  | 'JoinRequest'
  | 'Relationship'
  | 'SurveyRound'
  | 'MemberResource'
  | 'ImportBatch'
  | 'PortalOffer'
  | 'OfferRevision'
  | 'PortalProvider'
  | 'PortalImage'
  | 'ParticipationReport'
  | 'ParticipationFeedback';

export type Fixture = Awaited<ReturnType<typeof buildAlliance>>;

/** Values no other fixture uses: a funder or observer response containing one of them leaks. */
export const UNAPPROVED_VALUES = { draft: 1237, submitted: 2347, rejected: 3457 } as const;
export const APPROVED_VALUE = 4561;

/** A 64×64 PNG (sharp accepts it; the portal wants at least 64 pixels a side). */
export const PNG_64_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAIAAAAlC+aJAAAAT0lEQVR42u3PQQkAAAgEsMtkJsMaywi+hcEKLNP1WgQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQELgt+nOE8TEOHaQAAAABJRU5ErkJggg==';

export async function buildAlliance(t: TestApp, mark: string) {
  const roles = await t.allianceWithRoles(`${mark} Bündnis`);
  const { allianceId, backbone, partner } = roles;
  const partner2 = await t.addMember(backbone.token, allianceId, 'PARTNER');
  const run = async (input: string, op: string, sel: string, i: Record<string, unknown>, token = backbone.token): Promise<any> => {
    const d = await t.ok(`mutation($i: ${input}!) { ${op}(input: $i) ${sel} }`, { i: { allianceId, ...i } }, { token });
    return d[op];
  };

  const goal = (await run('CreateGoalInput', 'createGoal', '{ id }', { title: `${mark} Ziel Ausbildung`, status: 'ACTIVE' })).id as string;
  const subGoal = (await run('CreateGoalInput', 'createGoal', '{ id }', { title: `${mark} Teilziel`, status: 'ACTIVE', parentId: goal })).id as string;
  await run('PublishAgreementVersionInput', 'publishAgreementVersion', '{ signatures { signedAt } }', {
    title: `${mark} Vereinbarung`,
    body: `${mark} Wir arbeiten zusammen.`,
    conflictProcedure: `${mark} Wir reden.`,
    basedOnVersionNumber: null,
  });
  await run('SignAgreementInput', 'signAgreement', '{ signatures { signedAt } }', { versionNumber: 1 }, partner.token);
  const dimension = await run('CreateDimensionInput', 'createDimension', '{ id categories { id } }', {
    name: `${mark} Geschlecht`,
    categories: [`${mark} weiblich`, `${mark} männlich`],
  });
  const base = { direction: 'INCREASE', aggregation: 'SUM', frequency: 'QUARTERLY', rbaKind: 'HOW_MUCH', unit: 'Personen' };
  const indicator = (
    await run('CreateIndicatorInput', 'createIndicator', '{ id }', {
      ...base,
      name: `${mark} Jugendliche in Ausbildung`,
      goalIds: [goal],
      dimensionIds: [dimension.id],
    })
  ).id as string;
  const indicator2 = (await run('CreateIndicatorInput', 'createIndicator', '{ id }', { ...base, name: `${mark} Beratungen`, goalIds: [subGoal] })).id as string;
  const target = (await run('SetTargetInput', 'setTarget', '{ id }', { indicatorId: indicator, periodKey: '2026-Q1', value: 9001 })).id as string;
  const period = (await run('OpenReportingPeriodInput', 'openReportingPeriod', '{ id }', { frequency: 'QUARTERLY', periodKey: '2026-Q1' })).id as string;
  const [c1, c2] = dimension.categories.map((c: { id: string }) => c.id);

  const M = '{ id version }';
  const save = (token: string, indicatorId: string, value: number, withParts = false) =>
    run(
      'SaveMeasurementInput',
      'saveMeasurement',
      M,
      {
        indicatorId,
        reportingPeriodId: period,
        value,
        ...(withParts
          ? {
              parts: [
                { categoryId: c1, value: value - 1 },
                { categoryId: c2, value: 1 },
              ],
            }
          : {}),
      },
      token,
    );
  const submit = (token: string, m: { id: string; version: number }) =>
    run('SubmitMeasurementInput', 'submitMeasurement', M, { measurementId: m.id, version: m.version }, token);
  // partner: APPROVED on indicator, REJECTED on indicator2; partner2: SUBMITTED on indicator, DRAFT on indicator2.
  const approved = await run('ApproveMeasurementInput', 'approveMeasurement', M, {
    measurementId: (await submit(partner.token, await save(partner.token, indicator, APPROVED_VALUE, true))).id,
    version: 2,
  });
  const rejected = await run('RejectMeasurementInput', 'rejectMeasurement', M, {
    measurementId: (await submit(partner.token, await save(partner.token, indicator2, UNAPPROVED_VALUES.rejected))).id,
    version: 2,
    reason: `${mark} falsch gezählt`,
  });
  const submitted = await submit(partner2.token, await save(partner2.token, indicator, UNAPPROVED_VALUES.submitted, true));
  const draft = await save(partner2.token, indicator2, UNAPPROVED_VALUES.draft);
  const overlapped = await run(
    'DeclareOverlapInput',
    'declareOverlap',
    '{ id version overlaps { id } }',
    {
      measurementId: approved.id,
      otherMembershipId: partner2.membershipId,
      amount: 3,
      note: `${mark} dieselben Leute`,
    },
    backbone.token,
  );

  const district = (await run('CreateDistrictInput', 'createDistrict', '{ id }', { name: `${mark}-Nord` })).id as string;
  const district2 = (await run('CreateDistrictInput', 'createDistrict', '{ id }', { name: `${mark}-Süd` })).id as string;
  const activity = (
    await run(
      'CreateActivityInput',
      'createActivity',
      '{ id }',
      {
        title: `${mark} Ausbildungsmesse`,
        goalIds: [goal],
        indicatorIds: [indicator],
        targetGroups: [`${mark} Jugendliche`],
        districtId: district,
        status: 'PLANNED',
      },
      partner.token,
    )
  ).id as string;
  const activity2 = (
    await run('CreateActivityInput', 'createActivity', '{ id }', { title: `${mark} Bewerbungstraining`, goalIds: [goal], status: 'RUNNING' }, partner2.token)
  ).id as string;
  const logEntry = (
    await run(
      'CreateLogEntryInput',
      'createLogEntry',
      '{ id }',
      {
        type: 'CONFLICT',
        title: `${mark} Streit um Zahlen`,
        body: `${mark} Doppelzählung?`,
        occurredOn: '2026-03-10',
        goalIds: [goal],
        indicatorIds: [indicator],
        participantMembershipIds: [partner2.membershipId],
      },
      partner.token,
    )
  ).id as string;
  const meeting = (
    await run('CreateLogEntryInput', 'createLogEntry', '{ id }', { type: 'MEETING', title: `${mark} Steuerungsgruppe`, occurredOn: '2026-03-11' })
  ).id as string;
  const comment = (await run('AddCommentInput', 'addComment', '{ id }', { logEntryId: logEntry, body: `${mark} Sehe ich anders` }, partner2.token))
    .id as string;
  const actionItem = (
    await run('CreateActionItemInput', 'createActionItem', '{ id }', {
      title: `${mark} Zahlen abgleichen`,
      logEntryId: meeting,
      ownerMembershipId: partner.membershipId,
      ownerUserId: partner.id,
      dueOn: '2026-04-01',
    })
  ).id as string;
  const proposal = (
    await run(
      'CreateProposalInput',
      'createProposal',
      '{ id }',
      {
        title: `${mark} Neues Ziel`,
        body: `${mark} Vorschlag`,
        closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        indicatorId: indicator,
      },
      partner.token,
    )
  ).id as string;
  await run('CastVoteInput', 'castVote', '{ id }', { proposalId: proposal, vote: 'AGREE', comment: `${mark} gern` }, partner2.token);
  const invitee = await t.createUser({ organisationName: `${mark} Eingeladen` });
  const invited = await run('InviteOrganisationInput', 'inviteOrganisation', '{ token invitation { id } }', {
    organisationId: invitee.organisationId,
    role: 'PARTNER',
  });

  // API tokens of the alliance, as its backbone admin creates them: read-only, and reporting for the partner.
  const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const readOnly = await run('CreateApiTokenInput', 'createApiToken', '{ secret token { id } }', { name: `${mark} Export`, role: 'READ_ONLY', expiresOn });
  const reporting = await run('CreateApiTokenInput', 'createApiToken', '{ secret token { id } }', {
    name: `${mark} Fachverfahren`,
    role: 'REPORTING',
    membershipId: partner.membershipId,
    expiresOn,
  });
  // Join requests (issue 11): the alliance takes them, has a join link, and one is pending.
  await t.ok(
    `mutation($a: ID!) { setJoinRequestsOpen(input: { allianceId: $a, open: true }) { joinRequestsOpen } }`,
    { a: allianceId },
    { token: backbone.token },
  );
  const joinLink = (await t.ok(`mutation($a: ID!) { renewJoinLink(input: { allianceId: $a }) { joinLinkPath } }`, { a: allianceId }, { token: backbone.token }))
    .renewJoinLink.joinLinkPath as string;
  const requester = await t.userWithToken({ organisationName: `${mark} Anfragende` });
  const joinRequest = (
    await t.ok(
      `mutation($i: RequestToJoinInput!) { requestToJoin(input: $i) { id } }`,
      { i: { targetAllianceId: allianceId, message: `${mark} Bitte aufnehmen` } },
      { token: requester.token },
    )
  ).requestToJoin.id as string;

  // The network (issue 14): a relationship the partner states with the second partner.
  const relationship = (
    await run(
      'StateRelationshipInput',
      'stateRelationship',
      '{ id }',
      { toMembershipId: partner2.membershipId, kind: 'REFERRAL', directed: true, note: `${mark} wir verweisen` },
      partner.token,
    )
  ).id as string;
  // A network survey round (issue 14): opened, answered by the partner, closed; and one still open.
  const survey = await run('OpenSurveyRoundInput', 'openSurveyRound', '{ id version }', {
    title: `${mark} Netzwerkbefragung`,
    opensOn: '2026-01-05',
    closesOn: '2026-01-30',
  });
  const mine = await t.ok(
    `query($a: ID!, $r: ID!) { mySurveyResponse(allianceId: $a, roundId: $r) { version } }`,
    { a: allianceId, r: survey.id },
    { token: partner.token },
  );
  await run(
    'SaveSurveyResponseInput',
    'saveSurveyResponse',
    '{ state }',
    {
      roundId: survey.id,
      version: mine.mySurveyResponse.version,
      submit: true,
      answers: [{ toMembershipId: partner2.membershipId, kind: 'REFERRAL', frequency: 'MONTHLY', trust: 3, value: 4 }],
    },
    partner.token,
  );
  await run('CloseSurveyRoundInput', 'closeSurveyRound', '{ id }', { roundId: survey.id, version: survey.version });
  const openSurvey = (
    await run('OpenSurveyRoundInput', 'openSurveyRound', '{ id }', { title: `${mark} Zweite Runde`, opensOn: '2026-06-01', closesOn: '2026-06-30' })
  ).id as string;
  // Matching (issue 14): the partner needs rooms in the district and the second partner offers them; the partner asks for contact.
  const need = (
    await run(
      'AddMemberResourceInput',
      'addMemberResource',
      '{ id }',
      { direction: 'NEED', category: 'ROOMS', districtId: district, note: `${mark} Raum gesucht` },
      partner.token,
    )
  ).id as string;
  const roomOffer = (
    await run(
      'AddMemberResourceInput',
      'addMemberResource',
      '{ id }',
      { direction: 'OFFER', category: 'ROOMS', districtId: district, note: `${mark} Saal` },
      partner2.token,
    )
  ).id as string;
  await run('RequestContactInput', 'requestContact', '{ id }', { toMembershipId: partner2.membershipId, message: `${mark} Können wir reden?` }, partner.token);
  // An import batch (issue 12): uploaded and checked, not committed.
  const imported = await upload(t.url, {
    allianceId,
    token: backbone.token,
    file: germanCsv([
      ['Indikator', 'Zeitraum', 'Wert'],
      [`${mark} Import`, '2026-Q1', '1'],
    ]),
  });
  if (!imported.data) throw new Error(`upload failed: ${JSON.stringify(imported.errors)}`);
  const importBatch = imported.data.batchId;
  // A batch of each other kind (targets, activities, member organisations): every import operation
  // is tried on each of them from the other alliance.
  const otherBatches: string[] = [];
  for (const [kind, rows] of [
    [
      'targets',
      [
        ['Indikator', 'Jahr', 'Zielwert'],
        [`${mark} Import`, '2026', '5'],
      ],
    ],
    [
      'activities',
      [
        ['Titel', 'Zielgruppen'],
        [`${mark} importierte Aktivität`, 'Eltern'],
      ],
    ],
    [
      'members',
      [
        ['Organisation', 'E-Mail'],
        [`${mark} Importverein`, 'import@isolation.example'],
      ],
    ],
  ] as const) {
    const up = await upload(t.url, { allianceId, kind, token: backbone.token, file: germanCsv(rows.map((r) => [...r])) });
    if (!up.data) throw new Error(`upload of ${kind} failed: ${JSON.stringify(up.errors)}`);
    otherBatches.push(up.data.batchId);
  }
  // The public progress page (issue 12, part 4): published, with a goal and an indicator chosen.
  await t.ok(
    `mutation($i: UpdatePublicProgressInput!) { updatePublicProgress(input: $i) { version } }`,
    { i: { allianceId, version: 0, published: true, slug: `fortschritt-${randomUUID().slice(0, 8)}`, goalIds: [goal], indicatorIds: [indicator2] } },
    { token: backbone.token },
  );
  // Chancenportal (issue 13): the portal is on; a provider-only member has a published offer with a
  // change waiting, and a second offer waiting for its first approval.
  await t.ok(
    `mutation($i: UpdatePortalSettingsInput!) { updatePortalSettings(input: $i) { version } }`,
    { i: { allianceId, version: 0, enabled: true, name: `${mark} Chancenportal`, providerSignupOpen: true, reminderMonths: 6, flagMonths: 9, hideMonths: 12 } },
    { token: backbone.token },
  );
  const provider = await t.addMember(backbone.token, allianceId, 'PROVIDER');
  const offerContent = { title: `${mark} Lernhilfe`, targetGroups: [`${mark} Kinder`], districtId: district };
  const O = '{ id version providerId openRevision { id version } }';
  const offer = await run('CreatePortalOfferInput', 'createPortalOffer', O, { content: offerContent }, provider.token);
  await run('DecideOfferRevisionInput', 'approvePortalOfferRevision', '{ id }', { revisionId: offer.openRevision.id, version: offer.openRevision.version });
  const changed = await run(
    'UpdatePortalOfferInput',
    'updatePortalOffer',
    O,
    { offerId: offer.id, version: offer.version + 1, content: { ...offerContent, title: `${mark} Lernhilfe neu` } },
    provider.token,
  );
  const offer2 = await run('CreatePortalOfferInput', 'createPortalOffer', O, { content: { title: `${mark} Sprachcafé` } }, provider.token);
  const image = (await run('UploadPortalImageInput', 'uploadPortalImage', '{ id }', { base64: PNG_64_BASE64, altText: `${mark} Bild` }, provider.token))
    .id as string;

  const [backboneMembership] = await t.sql<{ id: string }>(`SELECT id FROM memberships WHERE alliance_id = $1 AND role = 'BACKBONE'`, [allianceId]);
  // Co-production (issue 16): an approved report forwarded to the partner, and approved feedback on the published offer
  // (written directly: the public forms need a portal address and a proof of work, tested in modules/participation).
  const report = randomUUID();
  const feedback = randomUUID();
  await t.sql(`SELECT set_config('app.alliance_id', $1, false)`, [allianceId]);
  await t.sql(
    `INSERT INTO participation_items (alliance_id, id, kind, offer_id, category, target_group, district_id, text, moderation, approved_at, status,
       follow_token_hash, email, email_confirmed_at, forwarded_membership_id, forwarded_at)
     VALUES ($1, $2, 'REPORT', NULL, 'BARRIER', 'Alle', $4, $5, 'APPROVED', now(), 'FORWARDED', $9, 'melder@example.org', now(), $6, now()),
            ($1, $3, 'FEEDBACK', $7, NULL, NULL, NULL, $8, 'APPROVED', now(), NULL, $10, NULL, NULL, NULL, NULL)`,
    [allianceId, report, feedback, district, `${mark} Rampe fehlt`, partner.membershipId, offer.id, `${mark} Tolles Angebot`, `f-${report}`, `f-${feedback}`],
  );
  await t.sql(`INSERT INTO participation_history (alliance_id, id, item_id, status) VALUES ($1, gen_random_uuid(), $2, 'RECEIVED')`, [allianceId, report]);
  await t.sql(`SELECT set_config('app.alliance_id', '', false)`);
  const ids: Record<Kind, string[]> = {
    Goal: [goal, subGoal],
    Dimension: [dimension.id],
    Category: [c1, c2],
    Indicator: [indicator, indicator2],
    Target: [target],
    ReportingPeriod: [period],
    Measurement: [approved.id, rejected.id, submitted.id, draft.id],
    Overlap: overlapped.overlaps.map((o: { id: string }) => o.id),
    Activity: [activity, activity2],
    LogEntry: [logEntry, meeting],
    Comment: [comment],
    ActionItem: [actionItem],
    Proposal: [proposal],
    Invitation: [invited.invitation.id],
    Membership: [partner.membershipId, partner2.membershipId, roles.funder.membershipId, roles.observer.membershipId, backboneMembership.id],
    User: [partner.id, partner2.id, backbone.id],
    District: [district, district2],
    ApiToken: [readOnly.token.id, reporting.token.id],
    JoinRequest: [joinRequest],
    Relationship: [relationship],
    // The closed round first: reads of its network and comparisons need a closed one.
    SurveyRound: [survey.id as string, openSurvey],
    MemberResource: [need, roomOffer],
    ImportBatch: [importBatch, ...otherBatches],
    PortalOffer: [offer.id, offer2.id],
    OfferRevision: [changed.openRevision.id, offer2.openRevision.id],
    PortalProvider: [offer.providerId],
    PortalImage: [image],
    ParticipationReport: [report],
    ParticipationFeedback: [feedback],
  };
  return {
    ...roles,
    partner2,
    mark,
    ids,
    readOnlyToken: { token: readOnly.secret as string, id: readOnly.token.id as string },
    reportingToken: { token: reporting.secret as string, id: reporting.token.id as string },
    invitationToken: invited.token as string,
    joinLinkToken: joinLink.split('/').pop()!,
    requester,
    provider,
    measurements: { approved: approved.id, rejected: rejected.id, submitted: submitted.id, draft: draft.id },
    indicator,
    indicator2,
    period,
    goal,
  };
}
