import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { districtsKey } from '@/lib/districts';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const CreateDistrictDocument = graphql(`
  mutation CreateDistrict($input: CreateDistrictInput!) {
    createDistrict(input: $input) {
      ...DistrictFields
    }
  }
`);

const UpdateDistrictDocument = graphql(`
  mutation UpdateDistrict($input: UpdateDistrictInput!) {
    updateDistrict(input: $input) {
      ...DistrictFields
    }
  }
`);

const DeleteDistrictDocument = graphql(`
  mutation DeleteDistrict($input: DeleteDistrictInput!) {
    deleteDistrict(input: $input) {
      id
      movedActivities
    }
  }
`);

/** `geojson`: text of a chosen file; undefined keeps the shape, null removes it. */
export interface DistrictChanges {
  name: string;
  geojson?: string | null;
}

/** After a change the list and everything that shows district names (activities, their map) read again. */
function useDistrictMutation<V, R>(allianceId: string, fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: districtsKey(allianceId) });
      void client.invalidateQueries({ queryKey: allianceKey(allianceId) });
    },
  });
}

export const useCreateDistrict = (allianceId: string) =>
  useDistrictMutation(
    allianceId,
    async (c: DistrictChanges) => (await request(CreateDistrictDocument, { input: { allianceId, name: c.name, geojson: c.geojson ?? null } })).createDistrict,
  );

export const useUpdateDistrict = (allianceId: string) =>
  useDistrictMutation(
    allianceId,
    async ({ districtId, version, changes }: { districtId: string; version: number; changes: DistrictChanges }) =>
      (await request(UpdateDistrictDocument, { input: { allianceId, districtId, version, ...changes } })).updateDistrict,
  );

export const useDeleteDistrict = (allianceId: string) =>
  useDistrictMutation(
    allianceId,
    async ({ districtId, moveActivitiesTo }: { districtId: string; moveActivitiesTo: string | null }) =>
      (await request(DeleteDistrictDocument, { input: { allianceId, districtId, moveActivitiesTo } })).deleteDistrict,
  );
