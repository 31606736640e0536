import { describe, expect, it } from 'vitest';
import { ApiError } from './graphql-client';
import { createQueryClient, forgetOtherAlliances, ME_QUERY_KEY } from './query-client';

describe('query client', () => {
  it('drops cached data of other alliances when entering one', () => {
    const client = createQueryClient();
    client.setQueryData(['alliance', 'a-1', 'members'], ['a-1 member']);
    client.setQueryData(['alliance', 'a-2', 'members'], ['a-2 member']);
    client.setQueryData(['alliance', 'a-2', 'detail'], { id: 'a-2' });
    client.setQueryData(['my-alliances'], []);

    forgetOtherAlliances(client, 'a-1');

    expect(client.getQueryData(['alliance', 'a-1', 'members'])).toEqual(['a-1 member']);
    expect(client.getQueryData(['alliance', 'a-2', 'members'])).toBeUndefined();
    expect(client.getQueryData(['alliance', 'a-2', 'detail'])).toBeUndefined();
    expect(client.getQueryData(['my-alliances'])).toEqual([]);
  });

  it('marks the user as logged out and forgets tenant data on UNAUTHENTICATED', async () => {
    const client = createQueryClient();
    client.setQueryData(ME_QUERY_KEY, { id: 'u-1' });
    client.setQueryData(['alliance', 'a-1', 'detail'], { id: 'a-1' });

    await client
      .fetchQuery({
        queryKey: ['alliance', 'a-1', 'members'],
        queryFn: () => Promise.reject(new ApiError({ code: 'UNAUTHENTICATED', message: 'Bitte melden Sie sich an.' })),
        retry: false,
      })
      .catch(() => undefined);

    expect(client.getQueryData(ME_QUERY_KEY)).toBeNull();
    expect(client.getQueryData(['alliance', 'a-1', 'detail'])).toBeUndefined();
  });

  it('leaves the session alone for other errors', async () => {
    const client = createQueryClient();
    client.setQueryData(ME_QUERY_KEY, { id: 'u-1' });
    await client
      .fetchQuery({
        queryKey: ['alliance', 'a-1', 'members'],
        queryFn: () => Promise.reject(new ApiError({ code: 'FORBIDDEN', message: 'nein' })),
        retry: false,
      })
      .catch(() => undefined);
    expect(client.getQueryData(ME_QUERY_KEY)).toEqual({ id: 'u-1' });
  });
});
