import { useState } from 'react';
import { isApiError } from '@/lib/graphql-client';
import { useUpdateAllianceProfile, type ProfileChanges } from '../api/update-alliance-profile';
import type { SettingsAlliance } from '../utils/alliance';

/**
 * Saving one part of the alliance profile: a check before asking the API, then only the changed fields
 * against the version the form was loaded with. A stale version opens the conflict dialog (`conflict`);
 * any other failure is `error` for the form.
 */
export function useProfileSave(alliance: SettingsAlliance) {
  const update = useUpdateAllianceProfile(alliance.id);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState(false);

  /** `check` returns a translated problem or null; `changes` the fields to send. */
  const save = (check: () => string | null, changes: () => ProfileChanges) => {
    setProblem(null);
    setSaved(false);
    const found = check();
    if (found) return setProblem(found);
    const patch = changes();
    if (Object.keys(patch).length === 0) return setSaved(true);
    update.mutate(
      { version: alliance.version, changes: patch },
      { onSuccess: () => setSaved(true), onError: (e) => (isApiError(e, 'CONFLICT') ? setConflict(true) : undefined) },
    );
  };

  const error = update.isError && !isApiError(update.error, 'CONFLICT') ? update.error : null;
  return {
    save,
    error,
    setSaved,
    conflict,
    setConflict,
    reset: update.reset,
    /** The outcome props of SettingsFormSection. */
    section: { problem, error, saved, pending: update.isPending },
  };
}
