import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { Dialog } from '@/components/ui/dialog';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import type { IndicatorDetail } from '../api/get-indicator';
import { differences, initialState } from '../utils/indicator-form-state';
import { DimensionPicker } from './dimension-picker';
import { ChangeList } from './indicator-change-list';
import { IndicatorDefinitionFields, IndicatorGoalChoices, IndicatorReportingFields } from './indicator-form-fields';
import { PlausibilityFields } from './plausibility-fields';
import { useIndicatorForm } from './use-indicator-form';

/** Create (no `indicator`) or edit an indicator. Backbone only; the caller decides whether to offer it. */
export function IndicatorFormDialog({
  allianceId,
  open,
  indicator,
  onClose,
  onSaved,
}: {
  allianceId: string;
  open: boolean;
  indicator?: IndicatorDetail;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={indicator ? t('indicators.form.editTitle') : t('indicators.form.createTitle')}
      description={indicator ? undefined : t('indicators.form.createDescription')}
    >
      {/* Keyed by id only: a newer version arriving in the cache must not wipe what the user typed. */}
      {open ? <IndicatorForm key={indicator?.id ?? 'new'} allianceId={allianceId} indicator={indicator} onCancel={onClose} onSaved={onSaved} /> : null}
    </Dialog>
  );
}

function IndicatorForm({
  allianceId,
  indicator,
  onCancel,
  onSaved,
}: {
  allianceId: string;
  indicator?: IndicatorDetail;
  onCancel: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const form = useIndicatorForm({ allianceId, indicator, onSaved });
  const { state, set, problems, save, start, conflict } = form;
  const apiProblem = (field: string) => fieldError(t, save.error, field);

  return (
    <form className="form" onSubmit={form.submit} noValidate>
      {save.isError && !isApiError(save.error, 'CONFLICT') ? (
        <Alert tone="error" title={indicator ? t('indicators.form.saveFailed') : t('indicators.form.createFailed')}>
          {describe(save.error)}
        </Alert>
      ) : null}
      <IndicatorDefinitionFields state={state} set={set} problems={problems} apiProblem={apiProblem} />
      <IndicatorReportingFields state={state} set={set} problems={problems} apiProblem={apiProblem} />
      <PlausibilityFields
        aggregation={state.aggregation}
        value={state.plausibility}
        onChange={(next) => set('plausibility', next)}
        problems={form.ruleProblems}
        apiProblem={apiProblem}
      />
      <IndicatorGoalChoices allianceId={allianceId} value={state.goalIds} onChange={(ids) => set('goalIds', ids)} />
      <DimensionPicker allianceId={allianceId} value={state.dimensionIds} onChange={(ids) => set('dimensionIds', ids)} />
      {apiProblem('dimensionIds') ? <p className="field__error">{apiProblem('dimensionIds')}</p> : null}
      <div className="form__actions">
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" loading={save.isPending}>
          {indicator ? t('indicators.form.save') : t('indicators.form.createTitle')}
        </Button>
      </div>
      {start ? (
        <ConflictDialog
          open={conflict !== null}
          onClose={form.closeConflict}
          current={
            conflict ? (
              <ChangeList allianceId={allianceId} keys={differences(initialState(start), initialState(conflict))} state={initialState(conflict)} />
            ) : undefined
          }
          mine={<ChangeList allianceId={allianceId} keys={differences(initialState(start), state)} state={state} />}
          onReload={form.reload}
          onReapply={form.reapply}
        />
      ) : null}
    </form>
  );
}
