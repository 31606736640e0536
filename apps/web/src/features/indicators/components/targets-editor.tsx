import { frequencyOfKey, type FrequencyName } from '@gemeinwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriodKey } from '@/components/charts/period-label';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { SelectField } from '@/components/ui/field';
import { NumberField } from '@/components/ui/locale-inputs';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { indicatorQueryOptions, type IndicatorDetail, type IndicatorTarget } from '../api/get-indicator';
import { useDeleteTarget, useSetTarget } from '../api/save-target';
import { useIndicatorValue } from '../utils/format-value';
import { periodKeysOfYears, targetFrequencies } from '../utils/periods';
import { useConfirmVersioned } from './use-confirm-versioned';

/** Years offered for targets: a few back (to record past targets) and several ahead. */
const YEARS_BACK = 3;
const YEARS_AHEAD = 6;

/** The indicator's targets; the backbone sets (or changes) one per period and removes them. */
export function TargetsEditor({
  allianceId,
  indicator,
  canEdit,
  onReload,
}: {
  allianceId: string;
  indicator: IndicatorDetail;
  canEdit: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = useIndicatorValue();
  const remove = useDeleteTarget(allianceId);
  const [conflict, setConflict] = useState(false);
  const removing = useConfirmVersioned(
    remove,
    (target: IndicatorTarget) => ({ targetId: target.id, version: target.version }),
    () => setConflict(true),
  );
  const targets = [...indicator.targets].sort((a, b) => a.periodKey.localeCompare(b.periodKey));

  return (
    <section className="section" aria-labelledby="indicator-targets">
      <h2 id="indicator-targets" className="section__title">
        {t('indicators.targets.title')}
      </h2>
      {targets.length === 0 ? (
        <p className="section__description">{t('indicators.targets.empty')}</p>
      ) : (
        <DataTable
          caption={t('indicators.targets.caption', { name: indicator.name })}
          rows={targets}
          rowKey={(target) => target.id}
          columns={[
            { key: 'period', header: t('indicators.targets.period'), rowHeader: true, cell: (target) => formatPeriodKey(target.periodKey, format.language) },
            {
              key: 'kind',
              header: t('indicators.targets.kind'),
              cell: (target) => t(`indicators.periodKinds.${frequencyOfKey(target.periodKey) ?? 'YEARLY'}`),
            },
            { key: 'value', header: t('indicators.targets.value'), className: 'table__numeric', cell: (target) => value(target.value, indicator) },
            canEdit && {
              key: 'actions',
              header: t('indicators.targets.actions'),
              headerHidden: true,
              cellClassName: 'table__actions',
              cell: (target) => (
                <Button size="sm" variant="ghost" onClick={() => removing.ask(target)}>
                  {t('indicators.targets.delete')} <span className="visually-hidden">– {formatPeriodKey(target.periodKey, format.language)}</span>
                </Button>
              ),
            },
          ]}
        />
      )}
      {canEdit ? <TargetForm allianceId={allianceId} indicator={indicator} /> : null}
      <ConfirmDialog {...removing.dialog} title={t('indicators.targets.deleteTitle')} confirmLabel={t('indicators.targets.deleteConfirm')}>
        <div className="dialog__text">
          {removing.target
            ? t('indicators.targets.deleteText', {
                period: formatPeriodKey(removing.target.periodKey, format.language),
                value: value(removing.target.value, indicator),
              })
            : null}
        </div>
      </ConfirmDialog>
      <ConflictDialog
        open={conflict}
        onClose={() => setConflict(false)}
        onReload={() => {
          setConflict(false);
          onReload();
        }}
      />
    </section>
  );
}

/** After a CONFLICT: the target of the period as stored now (null: there is none any more), and the user's value. */
interface TargetConflict {
  periodKey: string;
  stored: IndicatorTarget | null;
  mine: number;
}

function TargetForm({ allianceId, indicator }: { allianceId: string; indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = useIndicatorValue();
  const describe = useErrorMessage();
  const client = useQueryClient();
  const save = useSetTarget(allianceId);
  const [conflict, setConflict] = useState<TargetConflict | null>(null);
  const kinds = targetFrequencies(indicator.frequency);
  const [kind, setKind] = useState<FrequencyName>(kinds.includes('YEARLY') ? 'YEARLY' : kinds[0]!);
  const year = new Date().getFullYear();
  const keys = useMemo(() => periodKeysOfYears(kind, year - YEARS_BACK, year + YEARS_AHEAD), [kind, year]);
  const [periodKey, setPeriodKey] = useState(() => String(year + 1));
  const [target, setTarget] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | null>(null);
  const existing = indicator.targets.find((x) => x.periodKey === periodKey);
  const fieldId = 'target-form-title';

  const chooseKind = (next: FrequencyName) => {
    setKind(next);
    const first = periodKeysOfYears(next, year + 1, year + 1)[0]!;
    setPeriodKey(first);
  };

  /** Sets `amount` for `key`, against `version` (null: the period has no target yet). */
  const send = (key: string, amount: number, version: number | null) =>
    save.mutate(
      { indicatorId: indicator.id, periodKey: key, value: amount, version },
      {
        onSuccess: () => {
          setSaved(formatPeriodKey(key, format.language));
          setTarget(null);
        },
        onError: async (error) => {
          if (!isApiError(error, 'CONFLICT')) return;
          // Someone else set or removed this period's target meanwhile: show it as stored now.
          const fresh = await client.fetchQuery({ ...indicatorQueryOptions(allianceId, indicator.id), staleTime: 0 }).catch(() => null);
          const stored = (fresh ?? indicator).targets.find((x) => x.periodKey === key) ?? null;
          setConflict({ periodKey: key, stored, mine: amount });
        },
      },
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    if (target === null) return setProblem(t('indicators.targets.valueRequired'));
    setProblem(undefined);
    send(periodKey, target, existing?.version ?? null);
  };

  return (
    <form className="form card card--padded target-form" onSubmit={submit} aria-labelledby={fieldId} noValidate>
      <h3 id={fieldId} className="card__title">
        {t('indicators.targets.formTitle')}
      </h3>
      {save.isError && !isApiError(save.error, 'CONFLICT') ? (
        <Alert tone="error" title={t('indicators.targets.saveFailed')}>
          {describe(save.error)}
        </Alert>
      ) : null}
      {saved ? <Alert tone="success">{t('indicators.targets.saved', { period: saved })}</Alert> : null}
      <div className="form__row">
        <SelectField
          label={t('indicators.targets.kindLabel')}
          value={kind}
          onChange={(e) => chooseKind(e.target.value as FrequencyName)}
          options={kinds.map((k) => ({ value: k, label: t(`indicators.periodKinds.${k}`) }))}
        />
        <SelectField
          label={t('indicators.targets.periodLabel')}
          value={periodKey}
          onChange={(e) => setPeriodKey(e.target.value)}
          options={keys.map((k) => ({ value: k, label: formatPeriodKey(k, format.language) }))}
        />
        <NumberField
          label={t('indicators.targets.valueLabel')}
          hint={
            existing
              ? t('indicators.targets.replaces', { value: format.number(existing.value) })
              : indicator.unit
                ? t('indicators.targets.inUnit', { unit: indicator.unit })
                : undefined
          }
          value={target}
          onChange={(v) => setTarget(v)}
          error={problem}
        />
      </div>
      <div className="form__actions form__actions--start">
        <Button type="submit" variant="primary" loading={save.isPending}>
          {t('indicators.targets.submit')}
        </Button>
      </div>
      <ConflictDialog
        open={conflict !== null}
        onClose={() => setConflict(null)}
        current={conflict ? (conflict.stored ? value(conflict.stored.value, indicator) : t('indicators.targets.noneStored')) : undefined}
        mine={conflict ? value(conflict.mine, indicator) : undefined}
        onReload={() => {
          setConflict(null);
          setTarget(null);
          save.reset();
        }}
        onReapply={() => {
          if (!conflict) return;
          setConflict(null);
          send(conflict.periodKey, conflict.mine, conflict.stored?.version ?? null);
        }}
      />
    </form>
  );
}
