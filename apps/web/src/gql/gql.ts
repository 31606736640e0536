/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n": typeof types.CreateAllianceDocument,
    "\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      kind\n      lifecycle\n      problemStatement\n      vision\n      periodStart\n      periodEnd\n      version\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AllianceDocument,
    "\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyAlliancesDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      allianceId\n      membership {\n        id\n        role\n        state\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      state\n      version\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  query Members($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      version\n      joinedAt\n      leftAt\n      seatCount\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query PendingInvitations($allianceId: ID!) {\n    pendingInvitations(allianceId: $allianceId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation InviteOrganisation($input: InviteOrganisationInput!) {\n    inviteOrganisation(input: $input) {\n      token\n      acceptPath\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.InviteOrganisationDocument,
    "\n  mutation LeaveAlliance($input: LeaveAllianceInput!) {\n    leaveAlliance(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.LeaveAllianceDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  fragment ReportingMeasurementFields on Measurement {\n    id\n    indicatorId\n    indicatorName\n    membershipId\n    reportingPeriodId\n    periodKey\n    status\n    value\n    numerator\n    denominator\n    note\n    rejectionReason\n    submittedAt\n    submittedByName\n    reviewedAt\n    reviewedByName\n    updatedAt\n    version\n    organisation {\n      id\n      name\n    }\n    parts {\n      categoryId\n      categoryName\n      dimensionId\n      dimensionName\n      value\n    }\n  }\n": typeof types.ReportingMeasurementFieldsFragmentDoc,
    "\n  query ReportingIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        code\n        name\n        unit\n        decimals\n        aggregation\n        frequency\n        numeratorLabel\n        denominatorLabel\n        dimensions {\n          id\n          name\n          categories {\n            id\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReportingIndicatorsDocument,
    "\n  query ReportingMeasurements($allianceId: ID!, $filter: MeasurementFilter!, $first: Int!) {\n    measurements(allianceId: $allianceId, filter: $filter, page: { first: $first }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n": typeof types.ReportingMeasurementsDocument,
    "\n  query ReportingOpenPeriods($allianceId: ID!) {\n    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 100 }) {\n      nodes {\n        id\n        periodKey\n        frequency\n        startsOn\n        endsOn\n        dueOn\n        state\n        version\n      }\n    }\n  }\n": typeof types.ReportingOpenPeriodsDocument,
    "\n  query ReviewQueue($allianceId: ID!) {\n    reviewQueue(allianceId: $allianceId, page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ApproveMeasurement($input: ApproveMeasurementInput!) {\n    approveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": typeof types.ApproveMeasurementDocument,
    "\n  mutation RejectMeasurement($input: RejectMeasurementInput!) {\n    rejectMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": typeof types.RejectMeasurementDocument,
    "\n  mutation ReopenMeasurement($input: ReopenMeasurementInput!) {\n    reopenMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": typeof types.ReopenMeasurementDocument,
    "\n  mutation SaveMeasurement($input: SaveMeasurementInput!) {\n    saveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": typeof types.SaveMeasurementDocument,
    "\n  mutation SubmitMeasurement($input: SubmitMeasurementInput!) {\n    submitMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": typeof types.SubmitMeasurementDocument,
    "\n  mutation SubmitMeasurements($input: SubmitMeasurementsInput!) {\n    submitMeasurements(input: $input) {\n      ok\n      errors {\n        row\n        code\n        field\n        message\n      }\n      saved {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n": typeof types.SubmitMeasurementsDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      organisations {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n": types.CreateAllianceDocument,
    "\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      kind\n      lifecycle\n      problemStatement\n      vision\n      periodStart\n      periodEnd\n      version\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AllianceDocument,
    "\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n": types.MyAlliancesDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      allianceId\n      membership {\n        id\n        role\n        state\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      state\n      version\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  query Members($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      version\n      joinedAt\n      leftAt\n      seatCount\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query PendingInvitations($allianceId: ID!) {\n    pendingInvitations(allianceId: $allianceId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation InviteOrganisation($input: InviteOrganisationInput!) {\n    inviteOrganisation(input: $input) {\n      token\n      acceptPath\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.InviteOrganisationDocument,
    "\n  mutation LeaveAlliance($input: LeaveAllianceInput!) {\n    leaveAlliance(input: $input) {\n      id\n      state\n    }\n  }\n": types.LeaveAllianceDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": types.RevokeInvitationDocument,
    "\n  fragment ReportingMeasurementFields on Measurement {\n    id\n    indicatorId\n    indicatorName\n    membershipId\n    reportingPeriodId\n    periodKey\n    status\n    value\n    numerator\n    denominator\n    note\n    rejectionReason\n    submittedAt\n    submittedByName\n    reviewedAt\n    reviewedByName\n    updatedAt\n    version\n    organisation {\n      id\n      name\n    }\n    parts {\n      categoryId\n      categoryName\n      dimensionId\n      dimensionName\n      value\n    }\n  }\n": types.ReportingMeasurementFieldsFragmentDoc,
    "\n  query ReportingIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        code\n        name\n        unit\n        decimals\n        aggregation\n        frequency\n        numeratorLabel\n        denominatorLabel\n        dimensions {\n          id\n          name\n          categories {\n            id\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n": types.ReportingIndicatorsDocument,
    "\n  query ReportingMeasurements($allianceId: ID!, $filter: MeasurementFilter!, $first: Int!) {\n    measurements(allianceId: $allianceId, filter: $filter, page: { first: $first }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n": types.ReportingMeasurementsDocument,
    "\n  query ReportingOpenPeriods($allianceId: ID!) {\n    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 100 }) {\n      nodes {\n        id\n        periodKey\n        frequency\n        startsOn\n        endsOn\n        dueOn\n        state\n        version\n      }\n    }\n  }\n": types.ReportingOpenPeriodsDocument,
    "\n  query ReviewQueue($allianceId: ID!) {\n    reviewQueue(allianceId: $allianceId, page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ApproveMeasurement($input: ApproveMeasurementInput!) {\n    approveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": types.ApproveMeasurementDocument,
    "\n  mutation RejectMeasurement($input: RejectMeasurementInput!) {\n    rejectMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": types.RejectMeasurementDocument,
    "\n  mutation ReopenMeasurement($input: ReopenMeasurementInput!) {\n    reopenMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": types.ReopenMeasurementDocument,
    "\n  mutation SaveMeasurement($input: SaveMeasurementInput!) {\n    saveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": types.SaveMeasurementDocument,
    "\n  mutation SubmitMeasurement($input: SubmitMeasurementInput!) {\n    submitMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": types.SubmitMeasurementDocument,
    "\n  mutation SubmitMeasurements($input: SubmitMeasurementsInput!) {\n    submitMeasurements(input: $input) {\n      ok\n      errors {\n        row\n        code\n        field\n        message\n      }\n      saved {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n": types.SubmitMeasurementsDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      organisations {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      kind\n      lifecycle\n      problemStatement\n      vision\n      periodStart\n      periodEnd\n      version\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      kind\n      lifecycle\n      problemStatement\n      vision\n      periodStart\n      periodEnd\n      version\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      allianceId\n      membership {\n        id\n        role\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      allianceId\n      membership {\n        id\n        role\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      version\n      joinedAt\n      leftAt\n      seatCount\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      version\n      joinedAt\n      leftAt\n      seatCount\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations($allianceId: ID!) {\n    pendingInvitations(allianceId: $allianceId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations($allianceId: ID!) {\n    pendingInvitations(allianceId: $allianceId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteOrganisation($input: InviteOrganisationInput!) {\n    inviteOrganisation(input: $input) {\n      token\n      acceptPath\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteOrganisation($input: InviteOrganisationInput!) {\n    inviteOrganisation(input: $input) {\n      token\n      acceptPath\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveAlliance($input: LeaveAllianceInput!) {\n    leaveAlliance(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveAlliance($input: LeaveAllianceInput!) {\n    leaveAlliance(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportingMeasurementFields on Measurement {\n    id\n    indicatorId\n    indicatorName\n    membershipId\n    reportingPeriodId\n    periodKey\n    status\n    value\n    numerator\n    denominator\n    note\n    rejectionReason\n    submittedAt\n    submittedByName\n    reviewedAt\n    reviewedByName\n    updatedAt\n    version\n    organisation {\n      id\n      name\n    }\n    parts {\n      categoryId\n      categoryName\n      dimensionId\n      dimensionName\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment ReportingMeasurementFields on Measurement {\n    id\n    indicatorId\n    indicatorName\n    membershipId\n    reportingPeriodId\n    periodKey\n    status\n    value\n    numerator\n    denominator\n    note\n    rejectionReason\n    submittedAt\n    submittedByName\n    reviewedAt\n    reviewedByName\n    updatedAt\n    version\n    organisation {\n      id\n      name\n    }\n    parts {\n      categoryId\n      categoryName\n      dimensionId\n      dimensionName\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        code\n        name\n        unit\n        decimals\n        aggregation\n        frequency\n        numeratorLabel\n        denominatorLabel\n        dimensions {\n          id\n          name\n          categories {\n            id\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        code\n        name\n        unit\n        decimals\n        aggregation\n        frequency\n        numeratorLabel\n        denominatorLabel\n        dimensions {\n          id\n          name\n          categories {\n            id\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingMeasurements($allianceId: ID!, $filter: MeasurementFilter!, $first: Int!) {\n    measurements(allianceId: $allianceId, filter: $filter, page: { first: $first }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingMeasurements($allianceId: ID!, $filter: MeasurementFilter!, $first: Int!) {\n    measurements(allianceId: $allianceId, filter: $filter, page: { first: $first }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingOpenPeriods($allianceId: ID!) {\n    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 100 }) {\n      nodes {\n        id\n        periodKey\n        frequency\n        startsOn\n        endsOn\n        dueOn\n        state\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingOpenPeriods($allianceId: ID!) {\n    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 100 }) {\n      nodes {\n        id\n        periodKey\n        frequency\n        startsOn\n        endsOn\n        dueOn\n        state\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($allianceId: ID!) {\n    reviewQueue(allianceId: $allianceId, page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($allianceId: ID!) {\n    reviewQueue(allianceId: $allianceId, page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMeasurement($input: ApproveMeasurementInput!) {\n    approveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMeasurement($input: ApproveMeasurementInput!) {\n    approveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMeasurement($input: RejectMeasurementInput!) {\n    rejectMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMeasurement($input: RejectMeasurementInput!) {\n    rejectMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenMeasurement($input: ReopenMeasurementInput!) {\n    reopenMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenMeasurement($input: ReopenMeasurementInput!) {\n    reopenMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMeasurement($input: SaveMeasurementInput!) {\n    saveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMeasurement($input: SaveMeasurementInput!) {\n    saveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMeasurement($input: SubmitMeasurementInput!) {\n    submitMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMeasurement($input: SubmitMeasurementInput!) {\n    submitMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMeasurements($input: SubmitMeasurementsInput!) {\n    submitMeasurements(input: $input) {\n      ok\n      errors {\n        row\n        code\n        field\n        message\n      }\n      saved {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMeasurements($input: SubmitMeasurementsInput!) {\n    submitMeasurements(input: $input) {\n      ok\n      errors {\n        row\n        code\n        field\n        message\n      }\n      saved {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      organisations {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      organisations {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;