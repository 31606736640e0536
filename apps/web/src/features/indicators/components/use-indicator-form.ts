import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/graphql-client';
import { indicatorQueryOptions, type IndicatorDetail } from '../api/get-indicator';
import { useSaveIndicator } from '../api/save-indicator';
import { changedFields, formProblems, initialState, sameSet, toFields, type FormState } from '../utils/indicator-form-state';
import type { PlausibilityProblems } from '../utils/plausibility-state';

/**
 * The indicator form's state and saving: what the user typed, the problems found before sending,
 * and the conflict flow (save only the user's changes on top of the version they started from; on
 * CONFLICT fetch the stored indicator to reload or re-apply).
 */
export function useIndicatorForm({ allianceId, indicator, onSaved }: { allianceId: string; indicator?: IndicatorDetail; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const save = useSaveIndicator(allianceId);
  // The stored indicator the user's edit started from; the edit is what differs from it.
  const [start, setStart] = useState(indicator);
  // After a CONFLICT: the indicator as it is stored now.
  const [conflict, setConflict] = useState<IndicatorDetail | null>(null);
  const [state, setState] = useState(() => initialState(indicator));
  const [problems, setProblems] = useState<Partial<Record<keyof FormState, string>>>({});
  const [ruleProblems, setRuleProblems] = useState<PlausibilityProblems>({});
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((s) => ({ ...s, [key]: value }));

  const validate = (): boolean => {
    const found = formProblems(t, state);
    setProblems(found.problems);
    setRuleProblems(found.ruleProblems);
    return Object.keys(found.problems).length === 0 && Object.keys(found.ruleProblems).length === 0;
  };

  /** Saves the user's changes on top of `stored` (the version they started from, or a newer one after a conflict). */
  const send = (stored: IndicatorDetail | undefined) => {
    const options = { onSuccess: (saved: { id: string }) => onSaved(saved.id) };
    if (!stored || !start) return save.mutate({ fields: toFields(state), goalIds: state.goalIds, dimensionIds: state.dimensionIds }, options);
    const before = initialState(start);
    const now = initialState(stored);
    save.mutate(
      {
        fields: changedFields(before, state),
        // Goals and dimensions the user left alone stay as stored, even if someone else changed them.
        goalIds: sameSet(state.goalIds, before.goalIds) ? now.goalIds : state.goalIds,
        dimensionIds: sameSet(state.dimensionIds, before.dimensionIds) ? now.dimensionIds : state.dimensionIds,
        existing: { id: stored.id, version: stored.version, goalIds: now.goalIds, dimensionIds: now.dimensionIds },
      },
      {
        ...options,
        onError: async (error) => {
          if (!isApiError(error, 'CONFLICT')) return;
          setConflict(await client.fetchQuery({ ...indicatorQueryOptions(allianceId, stored.id), staleTime: 0 }).catch(() => stored));
        },
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (validate()) send(start);
  };

  /** Takes the stored indicator as the new start, dropping the user's edit. */
  const reload = () => {
    if (conflict) {
      setStart(conflict);
      setState(initialState(conflict));
    }
    setConflict(null);
    save.reset();
  };

  /** Saves the user's edit again, on top of the indicator stored now. */
  const reapply = () => {
    const stored = conflict;
    setConflict(null);
    if (stored) send(stored);
  };

  return { state, set, problems, ruleProblems, save, submit, start, conflict, closeConflict: () => setConflict(null), reload, reapply };
}
