import { graphql } from '@/gql';

/** The fields of a measurement every screen of this feature shows. */
export const MeasurementFieldsFragment = graphql(`
  fragment ReportingMeasurementFields on Measurement {
    id
    indicatorId
    indicatorName
    membershipId
    reportingPeriodId
    periodKey
    status
    value
    numerator
    denominator
    note
    rejectionReason
    submittedAt
    submittedByName
    reviewedAt
    reviewedByName
    updatedAt
    version
    organisation {
      id
      name
    }
    parts {
      categoryId
      categoryName
      dimensionId
      dimensionName
      value
    }
    overlaps {
      id
      otherMembershipId
      otherOrganisationName
      amount
      note
    }
  }
`);
