import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputState } from '@/components/ui/locale-inputs';
import { fieldError } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useCreateActivity } from '../api/create-activity';
import { activityQueryOptions, type Activity } from '../api/get-activity';
import { useUpdateActivity } from '../api/update-activity';
import { emptyValues, toActivityFields, validate, valuesFromActivity, type ActivityFormValues, type FormProblems } from '../utils/form-values';
import type { ActivityViewer } from '../utils/permissions';

/**
 * The activity form's state and saving: the values, fields that do not parse, the form's own
 * problems and the API's by field, and the conflict flow (reload, or save again on the newer version).
 */
export function useActivityForm({
  allianceId,
  viewer,
  activity,
  onSaved,
}: {
  allianceId: string;
  viewer: ActivityViewer;
  activity?: Activity;
  onSaved: (activityId: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const create = useCreateActivity(allianceId);
  const update = useUpdateActivity(allianceId);
  const [base, setBase] = useState(activity);
  const [values, setValues] = useState<ActivityFormValues>(() => (activity ? valuesFromActivity(activity) : emptyValues(viewer.membershipId)));
  const [problems, setProblems] = useState<FormProblems>({});
  const [unparsed, setUnparsed] = useState<Set<string>>(new Set());
  const [conflict, setConflict] = useState<Activity | null>(null);
  const mutation = activity ? update : create;
  const error = mutation.error;

  const set = <K extends keyof ActivityFormValues>(key: K, value: ActivityFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  /** Sets a parsed field and remembers whether what was typed parses at all. */
  const setParsed =
    <K extends 'periodStart' | 'periodEnd' | 'budgetEur' | 'staffHoursPerMonth'>(key: K) =>
    (value: ActivityFormValues[K], state: InputState) => {
      set(key, value);
      setUnparsed((s) => {
        const next = new Set(s);
        if (state === 'invalid') next.add(key);
        else next.delete(key);
        return next;
      });
    };
  const toggle = (key: 'goalIds' | 'indicatorIds', id: string, on: boolean) =>
    setValues((v) => ({ ...v, [key]: on ? [...v[key], id] : v[key].filter((x) => x !== id) }));

  const save = (version: number | undefined) => {
    const fields = toActivityFields(values);
    if (activity && version !== undefined) {
      update.mutate(
        { activityId: activity.id, version, ...fields },
        {
          onSuccess: (saved) => onSaved(saved.id),
          onError: async (e) => {
            if (!isApiError(e, 'CONFLICT')) return;
            setConflict(await client.fetchQuery({ ...activityQueryOptions(allianceId, activity.id), staleTime: 0 }).catch(() => base ?? activity));
          },
        },
      );
    } else {
      const owner = viewer.role === 'BACKBONE' && values.membershipId !== viewer.membershipId ? { membershipId: values.membershipId } : {};
      create.mutate({ ...fields, ...owner, status: values.status }, { onSuccess: (saved) => onSaved(saved.id) });
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setProblems(found);
    if (Object.keys(found).length || unparsed.size) return;
    save(base?.version);
  };

  /** The form's own problem with the title or the end date, in words. */
  const problem = (field: 'title' | 'periodEnd') =>
    problems[field] === 'required' ? t('activities.form.titleRequired') : problems[field] === 'beforeStart' ? t('activities.form.periodOrder') : undefined;
  /** The API's problem with a field, in the activity's own words where it has them. */
  const serverField = (field: string) => {
    if (!isApiError(error)) return undefined;
    const code = error.fields.find((f) => f.field === field)?.code;
    if (code && ['beforeStart', 'tooMany', 'memberNotActive'].includes(code)) return t(`activities.form.fieldErrors.${code}`);
    return fieldError(t, error, field);
  };

  const reload = () => {
    if (conflict) {
      setBase(conflict);
      setValues(valuesFromActivity(conflict));
    }
    update.reset();
    setConflict(null);
  };
  const reapply = () => {
    if (!conflict) return;
    setBase(conflict);
    setConflict(null);
    update.reset();
    save(conflict.version);
  };

  return {
    values,
    set,
    setParsed,
    toggle,
    onSubmit,
    problem,
    serverField,
    error,
    unparsed,
    pending: mutation.isPending,
    conflict,
    closeConflict: () => setConflict(null),
    reload,
    reapply,
  };
}
