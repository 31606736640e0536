import { graphql } from '@/gql';

/** A target as the indicator page lists it and as setting one answers. */
export const IndicatorTargetFieldsFragment = graphql(`
  fragment IndicatorTargetFields on Target {
    id
    periodKey
    value
    version
  }
`);
