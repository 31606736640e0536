import { graphql } from '@/gql';

/*
 * Fragments that operations of more than one feature select: one field list instead of a copy per
 * feature. Codegen finds a fragment by its name wherever it is spread (fragment masking is off, so
 * the operations' result types stay plain objects); a feature's own fragments live in its
 * `api/fragments.ts`.
 */

/** An alliance's profile as the workspace shows it and as the settings page saves it. */
export const AllianceProfileFieldsFragment = graphql(`
  fragment AllianceProfileFields on Alliance {
    id
    name
    kind
    problemStatement
    vision
    periodStart
    periodEnd
    guestComments
    requireTwoFactorForAdmins
    logoDataUrl
    primaryColor
    version
  }
`);

/** A member organisation as a choice in a form (activities, log entries, overlaps). */
export const MemberOptionFieldsFragment = graphql(`
  fragment MemberOptionFields on Membership {
    id
    role
    state
    organisation {
      id
      name
    }
  }
`);

/** What a reported value of an indicator must satisfy and how it reads: the indicator's value rules. */
export const IndicatorValueRulesFragment = graphql(`
  fragment IndicatorValueRules on Indicator {
    unit
    decimals
    aggregation
    numeratorLabel
    denominatorLabel
    allowNegative
    integerOnly
    minValue
    maxValue
    allowRatioAboveOne
    jumpWarningShare
  }
`);

/** A reporting period: which one, its dates and deadline, and whether values can be reported. */
export const ReportingPeriodFieldsFragment = graphql(`
  fragment ReportingPeriodFields on ReportingPeriod {
    id
    periodKey
    frequency
    state
    dueOn
    startsOn
    endsOn
    version
  }
`);
