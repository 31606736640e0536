import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CurrentUser } from '@/lib/auth';
import { request } from '@/lib/graphql-client';
import { ME_QUERY_KEY } from '@/lib/query-client';

const UpdateMyProfileDocument = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      id
      name
    }
  }
`);

export function useUpdateMyProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) => (await request(UpdateMyProfileDocument, { input: { name } })).updateMyProfile,
    onSuccess: (saved) => client.setQueryData<CurrentUser | null>(ME_QUERY_KEY, (me) => (me ? { ...me, name: saved.name } : me)),
  });
}
