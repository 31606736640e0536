import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { FundingPortfolioQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

const FundingPortfolioDocument = graphql(`
  query FundingPortfolio {
    fundingPortfolio {
      id
      name
      kind
      lifecycle
      reportingCompleteness {
        periodKey
        frequency
        state
        dueOn
        expected
        approved
        shareComplete
      }
      indicators {
        id
        name
        unit
        decimals
        direction
        aggregation
        latestPeriod
        latestValue
        target
        progress
        status
        baseline
        provisional {
          periodKey
          value
          approvedReports
          expectedReports
        }
        trend {
          periods
          values
          provisional
        }
      }
    }
  }
`);

export type PortfolioAlliance = FundingPortfolioQuery['fundingPortfolio'][number];
export type PortfolioIndicator = PortfolioAlliance['indicators'][number];

export async function getFundingPortfolio(): Promise<PortfolioAlliance[]> {
  return (await request(FundingPortfolioDocument)).fundingPortfolio;
}

/** Spans the caller's funded alliances, so it hangs off no single alliance's key. */
export const fundingPortfolioQueryKey = ['funding-portfolio'] as const;

export const fundingPortfolioQueryOptions = () => queryOptions({ queryKey: fundingPortfolioQueryKey, queryFn: getFundingPortfolio });

export function useFundingPortfolio() {
  return useQuery(fundingPortfolioQueryOptions());
}
