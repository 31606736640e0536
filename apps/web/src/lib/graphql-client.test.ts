import { describe, expect, it, vi } from 'vitest';
import { MembersDocument } from '@/gql/graphql';
import { ApiError, createGraphQLClient, isApiError } from './graphql-client';

function respond(body: unknown, status = 200) {
  return vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

describe('graphql client', () => {
  const request = createGraphQLClient({ endpoint: '/graphql', language: () => 'en' });

  it('posts the printed document with variables, language and same-origin credentials', async () => {
    const fetchMock = respond({ data: { members: [] } });
    vi.stubGlobal('fetch', fetchMock);

    await expect(request(MembersDocument, { allianceId: 'a-1' })).resolves.toEqual({ members: [] });

    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', 'accept-language': 'en' });
    const body = JSON.parse(String(init.body));
    expect(body.operationName).toBe('Members');
    expect(body.variables).toEqual({ allianceId: 'a-1' });
    expect(body.query).toContain('query Members($allianceId: ID!)');
  });

  it('throws an ApiError with code, message and field problems', async () => {
    vi.stubGlobal(
      'fetch',
      respond({
        data: null,
        errors: [
          {
            message: 'Please check your input: email (not a valid e-mail address).',
            extensions: { code: 'VALIDATION_FAILED', fields: [{ field: 'email', code: 'email' }, { nonsense: true }] },
          },
        ],
      }),
    );

    const error = await request(MembersDocument, { allianceId: 'a-1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Please check your input: email (not a valid e-mail address).',
      fields: [{ field: 'email', code: 'email' }],
    });
    expect(isApiError(error, 'VALIDATION_FAILED')).toBe(true);
    expect(isApiError(error, 'CONFLICT')).toBe(false);
  });

  it('keeps the code of the first error even when partial data came along', async () => {
    vi.stubGlobal('fetch', respond({ data: { members: [] }, errors: [{ message: 'x', extensions: { code: 'FORBIDDEN', params: { required: 'BACKBONE' } } }] }));
    await expect(request(MembersDocument, { allianceId: 'a-1' })).rejects.toMatchObject({ code: 'FORBIDDEN', params: { required: 'BACKBONE' } });
  });

  it('treats an error without a code as an internal error', async () => {
    vi.stubGlobal('fetch', respond({ errors: [{ message: 'boom' }] }));
    await expect(request(MembersDocument, { allianceId: 'a-1' })).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: 'boom' });
  });

  it('maps HTTP failures without a GraphQL body by status', async () => {
    vi.stubGlobal('fetch', respond('<html>Bad gateway</html>', 502));
    await expect(request(MembersDocument, { allianceId: 'a-1' })).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR', status: 502 });

    vi.stubGlobal('fetch', respond('Too many', 429));
    await expect(request(MembersDocument, { allianceId: 'a-1' })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('reports a network failure as NETWORK_ERROR', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(request(MembersDocument, { allianceId: 'a-1' })).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});
