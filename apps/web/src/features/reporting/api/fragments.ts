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

/** A plausibility warning of a value just saved or submitted (never an error: the value is stored). */
export const MeasurementWarningFieldsFragment = graphql(`
  fragment ReportingMeasurementWarning on MeasurementWarning {
    code
    field
    previousPeriodKey
    previousValue
    value
    change
  }
`);
