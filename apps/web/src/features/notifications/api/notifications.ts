import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

const MyNotificationsDocument = graphql(`
  query MyNotifications {
    myNotifications(first: 30) {
      id
      allianceId
      allianceName
      kind
      params
      link
      read
      createdAt
    }
    unreadNotificationCount
  }
`);
const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);
const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);
const UnsubscribeDocument = graphql(`
  mutation Unsubscribe($input: UnsubscribeInput!) {
    unsubscribe(input: $input) {
      kind
    }
  }
`);

/** The person's own notices: not an alliance's, so the key starts with 'me'. */
export const notificationsKey = ['me', 'notifications'] as const;

/** The bell polls every minute and when the window gets focus again. */
export function useMyNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => request(MyNotificationsDocument),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (ids: string[] | null): Promise<number> =>
      ids
        ? (await request(MarkNotificationsReadDocument, { input: { notificationIds: ids } })).markNotificationsRead
        : (await request(MarkAllNotificationsReadDocument)).markAllNotificationsRead,
    onSuccess: () => void client.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export function useUnsubscribe() {
  return useMutation({ mutationFn: async (token: string) => (await request(UnsubscribeDocument, { input: { token } })).unsubscribe.kind });
}
