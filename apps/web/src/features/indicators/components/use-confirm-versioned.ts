import { useState } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';

/**
 * Asking before a mutation on one versioned row (closing a period, removing a target): which row the
 * confirm dialog asks about, and the dialog's props. A stale version closes the dialog and calls
 * `onConflict` with the row asked about, so the caller opens its ConflictDialog; any other failure stays in the dialog.
 */
export function useConfirmVersioned<Row extends { id: string; version: number }, Data, Variables>(
  mutation: UseMutationResult<Data, Error, Variables>,
  variablesOf: (row: Row) => Variables,
  onConflict: (row: Row) => void,
) {
  const describe = useErrorMessage();
  const [target, setTarget] = useState<Row | null>(null);
  return {
    target,
    ask: setTarget,
    dialog: {
      open: target !== null,
      pending: mutation.isPending,
      error: mutation.isError && !isApiError(mutation.error, 'CONFLICT') ? describe(mutation.error) : undefined,
      onClose: () => {
        setTarget(null);
        mutation.reset();
      },
      onConfirm: () =>
        target &&
        mutation.mutate(variablesOf(target), {
          onSuccess: () => setTarget(null),
          onError: (error) => {
            if (isApiError(error, 'CONFLICT')) {
              setTarget(null);
              onConflict(target);
            }
          },
        }),
    },
  };
}
