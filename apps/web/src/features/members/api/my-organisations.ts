import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MyOrganisationsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

const MyOrganisationsDocument = graphql(`
  query MyOrganisations {
    myOrganisations {
      id
      name
      city
      findable
      canAdminister
    }
  }
`);

const SetOrganisationFindableDocument = graphql(`
  mutation SetOrganisationFindable($input: SetOrganisationFindableInput!) {
    setOrganisationFindable(input: $input) {
      id
      findable
    }
  }
`);

export type MyOrganisation = MyOrganisationsQuery['myOrganisations'][number];

export const myOrganisationsKey = ['my-organisations'] as const;

export const myOrganisationsQueryOptions = () =>
  queryOptions({ queryKey: myOrganisationsKey, queryFn: async () => (await request(MyOrganisationsDocument)).myOrganisations });

export function useMyOrganisations() {
  return useQuery(myOrganisationsQueryOptions());
}

export function useSetOrganisationFindable() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { organisationId: string; findable: boolean }) =>
      (await request(SetOrganisationFindableDocument, { input })).setOrganisationFindable,
    onSuccess: () => void client.invalidateQueries({ queryKey: myOrganisationsKey }),
  });
}
