import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { TextAreaField } from '@/components/ui/field';
import { NumberField } from '@/components/ui/locale-inputs';
import { describeError } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import type { ReportingPeriod } from '../api/get-open-periods';
import { isEditable, isResubmission } from '../utils/measurement';
import { rulesHint } from '../utils/plausibility';
import { formatMeasurementValue } from '../utils/value';
import { MeasurementDetails } from './measurement-details';
import { MeasurementFacts } from './measurement-facts';
import { MeasurementPartsFields } from './measurement-parts-fields';
import { OverlapsSection } from './overlaps-section';
import { SuccessNotice } from './success-notice';
import { useMeasurementEditor } from './use-measurement-editor';
import { ValueWarnings } from './value-problems';

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
  const editor = useMeasurementEditor({ allianceId, period, indicator, measurement, reload });
  const { draft, current, problems, shown, save, conflict } = editor;
  const ratio = indicator.aggregation === 'RATIO';
  const hint = rulesHint(t, indicator, (n) => format.number(n, { maximumFractionDigits: 4 }));
  const resubmission = isResubmission(current);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    editor.act(true);
  };

  return (
    <div className="measurement-editor">
      <MeasurementFacts period={period} periodText={periodText} current={current} />

      <SuccessNotice ref={editor.statusRef} className="measurement-editor__status" notice={editor.notice} />

      <ValueWarnings warnings={editor.warnings} />

      {resubmission && current?.rejectionReason ? (
        <Alert tone="warning" title={current.status === 'REJECTED' ? t('reporting.form.rejectedTitle') : t('reporting.form.returnedTitle')}>
          <p>{t('reporting.reason', { reason: current.rejectionReason })}</p>
          {current.reviewedByName ? (
            <p className="muted">{t('reporting.reviewed.by', { date: format.dateTime(current.reviewedAt), name: current.reviewedByName })}</p>
          ) : null}
        </Alert>
      ) : null}

      {!isEditable(current) && current ? (
        <>
          <Alert tone={current.status === 'APPROVED' ? 'success' : 'info'} title={t(`reporting.form.locked.${current.status}`)}>
            {t(`reporting.form.lockedText.${current.status}`)}
          </Alert>
          <MeasurementDetails measurement={current} indicator={indicator} />
        </>
      ) : (
        <form className="form measurement-form" onSubmit={onSubmit} noValidate>
          {problems.length > 0 ? (
            <div ref={editor.problemsRef} tabIndex={-1}>
              <Alert tone="error" title={t('reporting.form.problemsTitle')}>
                <ul>
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </Alert>
            </div>
          ) : null}
          {editor.serverError ? (
            <Alert tone="error" title={t('reporting.form.failed')}>
              {describeError(t, editor.serverError)}
            </Alert>
          ) : null}

          {ratio ? (
            <div className="form__row">
              <NumberField
                label={t('reporting.form.numerator', { label: indicator.numeratorLabel ?? '' })}
                value={draft.numerator}
                onChange={editor.setField('numerator')}
                error={shown.at('numerator')}
              />
              <NumberField
                label={t('reporting.form.denominator', { label: indicator.denominatorLabel ?? '' })}
                value={draft.denominator}
                onChange={editor.setField('denominator')}
                error={shown.at('denominator')}
              />
            </div>
          ) : (
            <NumberField
              label={editor.unit}
              hint={hint ?? undefined}
              value={draft.value}
              onChange={editor.setField('value')}
              error={shown.at('value')}
              className="input measurement-form__total"
            />
          )}

          <MeasurementPartsFields
            indicator={indicator}
            parts={draft.parts}
            total={draft.value}
            mismatches={problems.length > 0 ? editor.partProblems : []}
            onChange={editor.setPart}
            errorAt={(field) => shown.at(field)}
          />

          <TextAreaField label={t('reporting.form.note')} optional rows={3} value={draft.note} onChange={(e) => editor.setNote(e.target.value)} />

          <div className="form__actions">
            <Button onClick={() => editor.act(false)} loading={save.isPending && save.variables?.submit === false}>
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
          pending={current ? undefined : { value: draft.value, save: editor.saveDraftForOverlap }}
        />
      ) : null}

      <ConflictDialog
        open={conflict !== null}
        onClose={editor.closeConflict}
        current={
          conflict?.stored
            ? `${formatMeasurementValue(conflict.stored, indicator, format)} · ${t(`reporting.status.${conflict.stored.status}`)}`
            : t('reporting.form.nothingStored')
        }
        mine={formatMeasurementValue(draft, indicator, format)}
        onReload={editor.reloadStored}
        onReapply={editor.reapply}
      />
    </div>
  );
}
