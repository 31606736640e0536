import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputState } from '@/components/ui/locale-inputs';
import { fieldProblemText } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import type { ReportingPeriod } from '../api/get-open-periods';
import { savedBeforeFailure, useSaveMeasurement, type MeasurementWarning } from '../api/save-measurement';
import { draftOf, draftPayload, type Draft } from '../utils/draft';
import { isEditable, newer } from '../utils/measurement';
import { partsInput, partsProblems } from '../utils/parts';
import { plausibilityProblems, type ValueProblem } from '../utils/plausibility';
import { valueProblems } from './value-problems';

/**
 * The measurement form's state and saving: the draft as typed, the problems found before sending
 * (kept in step with the corrections once shown), the API's warnings, the notice after saving, and
 * the conflict flow (reload the stored value, or re-apply the draft on top of it).
 */
export function useMeasurementEditor({
  allianceId,
  period,
  indicator,
  measurement,
  reload,
}: {
  allianceId: string;
  period: ReportingPeriod;
  indicator: ReportingIndicator;
  measurement: Measurement | undefined;
  reload: () => Promise<Measurement | undefined>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState<Draft>(() => draftOf(measurement));
  const [invalid, setInvalid] = useState<Record<string, boolean>>({});
  const [latest, setLatest] = useState<Measurement | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  // Rules the draft breaks (checked before sending), by field; the API's own field problems show beside them.
  const [ruleProblems, setRuleProblems] = useState<ValueProblem[]>([]);
  const [warnings, setWarnings] = useState<MeasurementWarning[]>([]);
  const [conflict, setConflict] = useState<{ stored: Measurement | undefined; submit: boolean } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  const save = useSaveMeasurement(allianceId);

  const current = newer(measurement, latest);
  const ratio = indicator.aggregation === 'RATIO';
  const unit = indicator.unit ? t('reporting.form.valueWithUnit', { unit: indicator.unit }) : t('reporting.form.valueNoUnit');
  const partProblems = partsProblems(indicator, ratio ? null : draft.value, draft.parts);

  const track = (field: string) => (value: number | null, state: InputState) => {
    setInvalid((prev) => ({ ...prev, [field]: state === 'invalid' }));
    return value;
  };
  const setField = (field: 'value' | 'numerator' | 'denominator') => (value: number | null, state: InputState) =>
    setDraft((d) => ({ ...d, [field]: track(field)(value, state) }));
  const setPart = (categoryId: string) => (value: number | null, state: InputState) =>
    setDraft((d) => ({ ...d, parts: { ...d.parts, [categoryId]: track(`part-${categoryId}`)(value, state) } }));
  const setNote = (note: string) => setDraft((d) => ({ ...d, note }));

  const serverError = save.isError && !isApiError(save.error, 'CONFLICT') ? save.error : null;
  const shown = valueProblems(t, {
    indicator,
    valueLabel: unit,
    checkedParts: partsInput(draft.parts),
    sentParts: save.variables?.parts,
    own: ruleProblems,
    serverError,
  });

  function validate(): string[] {
    const found: string[] = [];
    if (Object.values(invalid).some(Boolean)) found.push(t('reporting.form.invalidNumbers'));
    if (ratio) {
      if (draft.numerator === null || draft.denominator === null) found.push(t('reporting.form.ratioRequired'));
      else if (draft.denominator <= 0) found.push(t('reporting.form.denominatorPositive'));
    } else if (draft.value === null) found.push(t('reporting.form.valueRequired'));
    for (const p of partProblems) {
      found.push(t('reporting.form.partsMismatch', { dimension: p.dimensionName, sum: format.number(p.sum), total: format.number(p.total) }));
    }
    const broken = plausibilityProblems(
      indicator,
      ratio ? { value: null, numerator: draft.numerator, denominator: draft.denominator } : { value: draft.value, numerator: null, denominator: null },
      partsInput(draft.parts),
    );
    setRuleProblems(broken);
    found.push(...broken.map((p) => `${shown.label(p.field)}: ${fieldProblemText(t, p)}`));
    return found;
  }

  // Once the summary of problems is shown, it follows the corrections: a fixed field leaves it at once.
  const showingProblems = problems.length > 0;
  // validate() reads the draft and the invalid fields and also records the rule problems (state of
  // its own), so it cannot run during render: the summary follows them in an effect, only while shown.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    if (showingProblems) setProblems(validate());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-run exactly when the draft or the invalid fields change
  }, [draft, invalid, showingProblems]);

  const payload = (submit: boolean, version: number | undefined) => draftPayload(indicator, period.id, draft, submit, version);

  /** Checks the form; shows and focuses the problems. True when it may be sent. */
  function checked(): boolean {
    setNotice(null);
    setWarnings([]);
    const found = validate();
    setProblems(found);
    if (found.length > 0) requestAnimationFrame(() => problemsRef.current?.focus());
    return found.length === 0;
  }

  /**
   * Declaring an overlap needs a stored value: the overlaps section calls this when there is none
   * yet, and the value as typed is saved as a draft first (nothing is declared if that fails).
   */
  async function saveDraftForOverlap(): Promise<Measurement | undefined> {
    if (!checked()) return undefined;
    try {
      const saved = await save.mutateAsync(payload(false, current?.version));
      setLatest(saved);
      setWarnings(saved.warnings ?? []);
      setNotice(t('reporting.form.saved', { time: format.dateTime(saved.updatedAt) }));
      return saved;
    } catch (error) {
      const stored = savedBeforeFailure(error);
      if (stored) setLatest(stored);
      if (isApiError(error, 'CONFLICT')) setConflict({ stored: await reload(), submit: false });
      return undefined;
    }
  }

  function act(submit: boolean, version = current?.version) {
    if (!checked()) return;
    save.mutate(payload(submit, version), {
      onSuccess: (saved) => {
        setLatest(saved);
        setWarnings(saved.warnings ?? []);
        setNotice(submit ? t('reporting.form.submitted') : t('reporting.form.saved', { time: format.dateTime(saved.updatedAt) }));
        // Handing in replaces the form by the read-only view: keep keyboard users where the news is.
        if (submit) requestAnimationFrame(() => statusRef.current?.focus());
      },
      onError: async (error) => {
        const stored = savedBeforeFailure(error);
        if (stored) setLatest(stored);
        if (isApiError(error, 'CONFLICT')) setConflict({ stored: await reload(), submit });
      },
    });
  }

  /** After a conflict: take the stored value, dropping the draft. */
  function reloadStored() {
    const stored = conflict?.stored;
    setConflict(null);
    setLatest(stored);
    setDraft(draftOf(stored));
    setProblems([]);
    save.reset();
  }

  /** After a conflict: send the draft again on top of the stored value (only while that is still editable). */
  const reapply =
    conflict && isEditable(conflict.stored)
      ? () => {
          const { stored, submit } = conflict;
          setConflict(null);
          setLatest(stored);
          act(submit, stored?.version);
        }
      : undefined;

  return {
    draft,
    setField,
    setPart,
    setNote,
    current,
    unit,
    partProblems,
    problems,
    problemsRef,
    statusRef,
    notice,
    warnings,
    shown,
    serverError,
    save,
    act,
    saveDraftForOverlap,
    conflict,
    closeConflict: () => setConflict(null),
    reloadStored,
    reapply,
  };
}
