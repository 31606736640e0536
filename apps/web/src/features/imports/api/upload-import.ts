import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ErrorCode } from '@gemeinwerk/shared';
import { ApiError } from '@/lib/graphql-client';
import { currentLanguage } from '@/lib/i18n';
import { importsKey } from './get-import-batch';

/**
 * The upload is REST (multipart), not GraphQL: POST /imports/upload with the session cookie and
 * the header that a form on another site cannot send. Errors come back shaped like GraphQL's.
 */
export async function uploadImport(allianceId: string, kind: string, file: File): Promise<{ batchId: string }> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/imports/upload?allianceId=${encodeURIComponent(allianceId)}&kind=${encodeURIComponent(kind)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-gemeinwerk-upload': '1', 'accept-language': currentLanguage() },
      body: form,
    });
  } catch (cause) {
    throw new ApiError({ code: 'NETWORK_ERROR', message: cause instanceof Error ? cause.message : 'Network error' });
  }
  const body = (await response.json().catch(() => null)) as {
    data?: { batchId: string };
    errors?: { message: string; extensions?: { code?: string; params?: Record<string, unknown> } }[];
  } | null;
  const error = body?.errors?.[0];
  if (error) {
    throw new ApiError({
      code: (error.extensions?.code ?? 'BAD_REQUEST') as ErrorCode,
      message: error.message,
      params: error.extensions?.params,
      status: response.status,
    });
  }
  if (!response.ok || !body?.data)
    throw new ApiError({
      code: response.status === 413 ? 'IMPORT_FILE_TOO_LARGE' : 'BAD_REQUEST',
      message: `HTTP ${response.status}`,
      status: response.status,
    });
  return body.data;
}

export function useUploadImport(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: string; file: File }) => uploadImport(allianceId, kind, file),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...importsKey(allianceId), 'list'] }),
  });
}
