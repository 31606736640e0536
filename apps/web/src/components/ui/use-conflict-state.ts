import { useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/graphql-client';

/**
 * After a CONFLICT: the row as stored now (null: it is gone; undefined: it could not be read) and
 * what the user tried, so the dialog can show the newer state and repeat the attempt on it.
 */
export interface ConflictState<Row, Attempt> {
  stored: Row | null | undefined;
  attempt: Attempt;
}

/**
 * The fetch-on-conflict logic of a ConflictDialog for a versioned row. `show` reads the row again
 * through the area's own query options (ignoring freshness, so the cache and the page behind the
 * dialog get the newer state too) and opens the dialog; `dialog` turns that into the dialog's props.
 */
export function useConflictState<Row, Attempt = undefined>() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [conflict, setConflict] = useState<ConflictState<Row, Attempt> | null>(null);

  /** Reads the row anew; `pick` finds it in what the query returns (nothing found: it is gone). Null options: no way to read it. */
  async function show<Data, Key extends QueryKey>(
    options: FetchQueryOptions<Data, Error, Data, Key> | null,
    pick: (data: Data) => Row | null | undefined,
    attempt: Attempt,
  ) {
    let stored: Row | null | undefined;
    try {
      if (options) stored = pick(await client.fetchQuery({ ...options, staleTime: 0 })) ?? null;
    } catch (error) {
      stored = isApiError(error, 'NOT_FOUND') ? null : undefined;
    }
    setConflict({ stored, attempt });
  }

  const close = () => setConflict(null);

  /**
   * The ConflictDialog's props. `describe` puts the stored row in words; `reapply` is offered only
   * while the row exists and `canReapply` says repeating the attempt on it still makes sense.
   */
  function dialog({
    describe,
    reload,
    reapply,
    canReapply = () => true,
    mine,
  }: {
    describe: (stored: Row) => ReactNode;
    reload?: () => void;
    reapply?: (stored: Row, attempt: Attempt) => void;
    canReapply?: (stored: Row, attempt: Attempt) => boolean;
    mine?: (attempt: Attempt) => ReactNode;
  }) {
    const stored = conflict?.stored;
    return {
      open: conflict !== null,
      onClose: close,
      current: stored === null ? t('conflict.gone') : stored === undefined ? undefined : describe(stored),
      mine: conflict && mine ? mine(conflict.attempt) : undefined,
      onReload: () => {
        close();
        reload?.();
      },
      onReapply:
        conflict && stored && reapply && canReapply(stored, conflict.attempt)
          ? () => {
              close();
              reapply(stored, conflict.attempt);
            }
          : undefined,
    };
  }

  return { conflict, show, close, dialog };
}
