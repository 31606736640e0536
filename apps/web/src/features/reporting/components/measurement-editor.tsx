import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { Icon } from '@/components/ui/icon';
import { TextAreaField } from '@/components/ui/field';
import { NumberField, type InputState } from '@/components/ui/locale-inputs';
import { describeError, fieldProblemText } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import type { ReportingPeriod } from '../api/get-open-periods';
import { savedBeforeFailure, useSaveMeasurement, type MeasurementWarning } from '../api/save-measurement';
import { todayIso } from '../utils/due';
import { isEditable, isResubmission, newer } from '../utils/measurement';
import { partsInput, partsProblems, type PartValues } from '../utils/parts';
import { plausibilityProblems, rulesHint, type ValueProblem } from '../utils/plausibility';
import { formatMeasurementValue } from '../utils/value';
import { MeasurementDetails } from './measurement-details';
import { MeasurementStatusBadge } from './measurement-status-badge';
import { OverlapsSection } from './overlaps-section';
import { SuccessNotice } from './success-notice';
import { valueProblems, ValueWarnings } from './value-problems';

interface Draft {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  parts: PartValues;
  note: string;
}

function draftOf(m: Measurement | undefined): Draft {
  return {
    value: m?.value ?? null,
    numerator: m?.numerator ?? null,
    denominator: m?.denominator ?? null,
    parts: Object.fromEntries((m?.parts ?? []).map((p) => [p.categoryId, p.value])),
    note: m?.note ?? '',
  };
}

/**
 * The form for one value: total (or numerator and denominator), optional breakdown per
 * dimension, note; save as draft or hand in. Handed-in and approved values are shown read-only.
 */
export function MeasurementEditor({
  allianceId,
  membershipId,
  period,
  periodText,
  indicator,
  measurement,
  reload,
}: {
  allianceId: string;
  /** The reporting organisation's membership (never offered as the other side of an overlap). */
  membershipId: string;
  period: ReportingPeriod;
  periodText: string;
  indicator: ReportingIndicator;
  measurement: Measurement | undefined;
  /** Fetches the stored value again (after a conflict). */
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
  const hint = rulesHint(t, indicator, (n) => format.number(n, { maximumFractionDigits: 4 }));

  const track = (field: string) => (value: number | null, state: InputState) => {
    setInvalid((prev) => ({ ...prev, [field]: state === 'invalid' }));
    return value;
  };
  const setField = (field: 'value' | 'numerator' | 'denominator') => (value: number | null, state: InputState) =>
    setDraft((d) => ({ ...d, [field]: track(field)(value, state) }));
  const setPart = (categoryId: string) => (value: number | null, state: InputState) =>
    setDraft((d) => ({ ...d, parts: { ...d.parts, [categoryId]: track(`part-${categoryId}`)(value, state) } }));

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
    const broken = plausibilityProblems(indicator, ratio ? { value: null, numerator: draft.numerator, denominator: draft.denominator } : { value: draft.value, numerator: null, denominator: null }, partsInput(draft.parts));
    setRuleProblems(broken);
    found.push(...broken.map((p) => `${shown.label(p.field)}: ${fieldProblemText(t, p)}`));
    return found;
  }

  // Once the summary of problems is shown, it follows the corrections: a fixed field leaves it at once.
  const showingProblems = problems.length > 0;
  useEffect(() => {
    if (showingProblems) setProblems(validate());
    // validate() reads the draft and the invalid fields: re-run exactly when they change.
  }, [draft, invalid, showingProblems]);

  /** What the form holds, as the save mutation takes it. */
  const payload = (submit: boolean, version: number | undefined) => ({
    indicatorId: indicator.id,
    reportingPeriodId: period.id,
    ...(ratio ? { numerator: draft.numerator, denominator: draft.denominator } : { value: draft.value }),
    parts: indicator.dimensions.length > 0 ? partsInput(draft.parts) : undefined,
    note: draft.note.trim(),
    version,
    submit,
  });

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
    save.mutate(
      payload(submit, version),
      {
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
      },
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    act(true);
  };

  const serverError = save.isError && !isApiError(save.error, 'CONFLICT') ? save.error : null;
  const shown = valueProblems(t, { indicator, valueLabel: unit, checkedParts: partsInput(draft.parts), sentParts: save.variables?.parts, own: ruleProblems, serverError });
  const resubmission = isResubmission(current);
  const editable = isEditable(current);

  return (
    <div className="measurement-editor">
      <dl className="measurement-facts">
        <div>
          <dt>{t('reporting.form.period')}</dt>
          <dd>{periodText}</dd>
        </div>
        <div>
          <dt>{t('reporting.form.deadline')}</dt>
          <dd>
            {period.dueOn ? format.date(period.dueOn) : '–'}
            {period.dueOn && period.dueOn < todayIso() && isEditable(current) ? (
              <span className="reporting-overdue">
                <Icon name="alert" size={16} /> {t('reporting.due.overdue')}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('reporting.columns.status')}</dt>
          <dd>
            <MeasurementStatusBadge state={current?.status ?? 'NOT_STARTED'} />
          </dd>
        </div>
      </dl>

      <SuccessNotice ref={statusRef} className="measurement-editor__status" notice={notice} />

      <ValueWarnings warnings={warnings} />

      {resubmission && current?.rejectionReason ? (
        <Alert tone="warning" title={current.status === 'REJECTED' ? t('reporting.form.rejectedTitle') : t('reporting.form.returnedTitle')}>
          <p>{t('reporting.reason', { reason: current.rejectionReason })}</p>
          {current.reviewedByName ? <p className="muted">{t('reporting.reviewed.by', { date: format.dateTime(current.reviewedAt), name: current.reviewedByName })}</p> : null}
        </Alert>
      ) : null}

      {!editable && current ? (
        <>
          <Alert tone={current.status === 'APPROVED' ? 'success' : 'info'} title={t(`reporting.form.locked.${current.status}`)}>
            {t(`reporting.form.lockedText.${current.status}`)}
          </Alert>
          <MeasurementDetails measurement={current} indicator={indicator} />
        </>
      ) : (
        <form className="form measurement-form" onSubmit={onSubmit} noValidate>
          {problems.length > 0 ? (
            <div ref={problemsRef} tabIndex={-1}>
              <Alert tone="error" title={t('reporting.form.problemsTitle')}>
                <ul>
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </Alert>
            </div>
          ) : null}
          {serverError ? (
            <Alert tone="error" title={t('reporting.form.failed')}>
              {describeError(t, serverError)}
            </Alert>
          ) : null}

          {ratio ? (
            <div className="form__row">
              <NumberField
                label={t('reporting.form.numerator', { label: indicator.numeratorLabel ?? '' })}
                value={draft.numerator}
                onChange={setField('numerator')}
                error={shown.at('numerator')}
              />
              <NumberField
                label={t('reporting.form.denominator', { label: indicator.denominatorLabel ?? '' })}
                value={draft.denominator}
                onChange={setField('denominator')}
                error={shown.at('denominator')}
              />
            </div>
          ) : (
            <NumberField label={unit} hint={hint ?? undefined} value={draft.value} onChange={setField('value')} error={shown.at('value')} className="input measurement-form__total" />
          )}

          {indicator.dimensions.map((dimension) => {
            const mismatch = problems.length > 0 ? partProblems.find((p) => p.dimensionName === dimension.name) : undefined;
            const sum = dimension.categories.reduce((acc, c) => acc + (draft.parts[c.id] ?? 0), 0);
            return (
              <fieldset key={dimension.id} className="measurement-form__parts">
                <legend className="field__label">{t('reporting.form.partsLegend', { dimension: dimension.name })}</legend>
                <p className="field__hint">{indicator.aggregation === 'SUM' ? t('reporting.form.partsHintSum') : t('reporting.form.partsHint')}</p>
                <div className="measurement-form__part-fields">
                  {[...dimension.categories]
                    .sort((a, b) => a.position - b.position)
                    .map((category) => (
                      <NumberField
                        key={category.id}
                        label={category.name}
                        optional
                        value={draft.parts[category.id] ?? null}
                        onChange={setPart(category.id)}
                        error={shown.at({ categoryId: category.id })}
                      />
                    ))}
                </div>
                {indicator.aggregation === 'SUM' ? (
                  <p className={mismatch ? 'field__error' : 'muted'}>
                    {mismatch ? <span aria-hidden="true">⚠ </span> : null}
                    {t('reporting.form.partsSum', { sum: format.number(sum), total: format.number(draft.value) })}
                  </p>
                ) : null}
              </fieldset>
            );
          })}

          <TextAreaField label={t('reporting.form.note')} optional rows={3} value={draft.note} onChange={(e) => setDraft((d) => ({ ...d, note: e.target.value }))} />

          <div className="form__actions">
            <Button onClick={() => act(false)} loading={save.isPending && save.variables?.submit === false}>
              {t('reporting.form.saveDraft')}
            </Button>
            <Button type="submit" variant="primary" loading={save.isPending && save.variables?.submit === true}>
              {resubmission ? t('reporting.form.resubmit') : t('reporting.form.submit')}
            </Button>
          </div>
        </form>
      )}

      {indicator.aggregation === 'SUM' ? (
        <OverlapsSection
          allianceId={allianceId}
          membershipId={membershipId}
          indicator={indicator}
          measurement={current}
          pending={current ? undefined : { value: draft.value, save: saveDraftForOverlap }}
        />
      ) : null}

      <ConflictDialog
        open={conflict !== null}
        onClose={() => setConflict(null)}
        current={conflict?.stored ? `${formatMeasurementValue(conflict.stored, indicator, format)} · ${t(`reporting.status.${conflict.stored.status}`)}` : t('reporting.form.nothingStored')}
        mine={formatMeasurementValue(draft, indicator, format)}
        onReload={() => {
          const stored = conflict?.stored;
          setConflict(null);
          setLatest(stored);
          setDraft(draftOf(stored));
          setProblems([]);
          save.reset();
        }}
        onReapply={
          conflict && isEditable(conflict.stored)
            ? () => {
                const { stored, submit } = conflict;
                setConflict(null);
                setLatest(stored);
                act(submit, stored?.version);
              }
            : undefined
        }
      />
    </div>
  );
}
