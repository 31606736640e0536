import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { useConflictState } from '@/components/ui/use-conflict-state';
import { TextAreaField, TextField } from '@/components/ui/field';
import type { AllianceLifecycle } from '@/gql/graphql';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useChangeAllianceLifecycle, type LifecycleChange, type LifecycleResult } from '../api/change-alliance-lifecycle';
import { allianceLifecycleQueryOptions, type StoredLifecycle } from '../api/get-alliance-lifecycle';
import type { SettingsAlliance } from '../utils/alliance';
import { nextLifecycles } from '../utils/lifecycle';

/** The alliance's phase and the moves it allows, each confirmed first; a renewal names its new goal. */
export function LifecycleSection({ alliance }: { alliance: SettingsAlliance }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [target, setTarget] = useState<AllianceLifecycle | null>(null);
  const [warnings, setWarnings] = useState<LifecycleResult['warnings'] | null>(null);
  const conflict = useConflictState<StoredLifecycle, LifecycleChange>();
  const showConflict = (attempt: LifecycleChange) => void conflict.show(allianceLifecycleQueryOptions(alliance.id), (stored) => stored, attempt);
  // Re-applying after a conflict happens here: the confirm dialog is closed by then.
  const reapplying = useChangeAllianceLifecycle(alliance.id);
  const next = nextLifecycles(alliance.lifecycle);

  return (
    <section className="card settings-section" aria-labelledby="settings-lifecycle-heading">
      <h2 id="settings-lifecycle-heading" className="card__title">
        {t('settings.lifecycle.heading')}
      </h2>
      <p className="settings-section__description">{t('settings.lifecycle.description')}</p>
      <p className="settings-lifecycle__current">
        {t('settings.lifecycle.current')} <Badge tone={alliance.lifecycle === 'ACTIVE' ? 'success' : 'neutral'}>{t(`lifecycles.${alliance.lifecycle}`)}</Badge>
      </p>
      {warnings ? (
        <Alert tone={warnings.length ? 'warning' : 'success'} title={t('settings.lifecycle.changed', { phase: t(`lifecycles.${alliance.lifecycle}`) })}>
          {warnings.length ? (
            <>
              <p>{t('settings.lifecycle.warningsIntro')}</p>
              <ul className="settings-warnings">
                {warnings.map((w) => (
                  <li key={`${w.code}-${w.goalId}`}>{t(`settings.lifecycle.warnings.${w.code}`, { goal: w.goalTitle })}</li>
                ))}
              </ul>
            </>
          ) : null}
        </Alert>
      ) : null}
      {reapplying.isError && !isApiError(reapplying.error, 'CONFLICT') ? (
        <Alert tone="error" title={t('settings.lifecycle.failed')}>
          {describe(reapplying.error)}
        </Alert>
      ) : null}
      <div className="settings-lifecycle__actions">
        {next.map((to) => (
          <Button
            key={to}
            variant="secondary"
            icon="arrowRight"
            onClick={() => {
              setWarnings(null);
              setTarget(to);
            }}
          >
            {t(`settings.lifecycle.to.${to}`)}
          </Button>
        ))}
      </div>
      <LifecycleDialog
        alliance={alliance}
        target={target}
        onClose={() => setTarget(null)}
        onChanged={(result) => {
          setTarget(null);
          setWarnings(result.warnings);
        }}
        onConflict={(attempt) => {
          setTarget(null);
          showConflict(attempt);
        }}
      />
      <ConflictDialog
        {...conflict.dialog({
          describe: (stored) => t(`lifecycles.${stored.lifecycle}`),
          mine: (attempt) => t(`lifecycles.${attempt.to}`),
          // Only a move the new phase still allows (the renewal goal the user named goes along).
          canReapply: (stored, attempt) => nextLifecycles(stored.lifecycle).includes(attempt.to),
          reapply: (stored, attempt) =>
            reapplying.mutate(
              { ...attempt, version: stored.version },
              { onSuccess: (result) => setWarnings(result.warnings), onError: (error) => (isApiError(error, 'CONFLICT') ? showConflict(attempt) : undefined) },
            ),
        })}
      />
    </section>
  );
}

function LifecycleDialog({
  alliance,
  target,
  onClose,
  onChanged,
  onConflict,
}: {
  alliance: SettingsAlliance;
  target: AllianceLifecycle | null;
  onClose: () => void;
  onChanged: (result: LifecycleResult) => void;
  onConflict: (attempt: LifecycleChange) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const change = useChangeAllianceLifecycle(alliance.id);
  const [goalTitle, setGoalTitle] = useState('');
  const [goalDescription, setGoalDescription] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const renewing = target === 'RENEWED';

  const close = () => {
    change.reset();
    setProblem(null);
    setGoalTitle('');
    setGoalDescription('');
    onClose();
  };

  const confirm = () => {
    if (!target) return;
    setProblem(null);
    if (renewing && !goalTitle.trim()) return setProblem(t('settings.lifecycle.goalRequired'));
    const attempt: LifecycleChange = {
      to: target,
      version: alliance.version,
      renewalGoal: renewing ? { title: goalTitle.trim(), description: goalDescription.trim() || undefined } : undefined,
    };
    change.mutate(attempt, {
      onSuccess: (result) => {
        setGoalTitle('');
        setGoalDescription('');
        onChanged(result);
      },
      onError: (error) => (isApiError(error, 'CONFLICT') ? onConflict(attempt) : undefined),
    });
  };

  const error = change.isError && !isApiError(change.error, 'CONFLICT') ? change.error : null;

  return (
    <ConfirmDialog
      open={target !== null}
      onClose={close}
      title={target ? t(`settings.lifecycle.to.${target}`) : ''}
      description={target ? t(`settings.lifecycle.explain.${target}`, { from: t(`lifecycles.${alliance.lifecycle}`) }) : undefined}
      confirmLabel={t('settings.lifecycle.confirm')}
      confirmVariant="primary"
      pending={change.isPending}
      onConfirm={confirm}
    >
      {problem || error ? (
        <Alert tone="error" title={t('settings.lifecycle.failed')}>
          {problem ?? describe(error)}
        </Alert>
      ) : null}
      {renewing ? (
        <div className="form">
          <TextField label={t('settings.lifecycle.goalTitle')} value={goalTitle} onChange={(e) => setGoalTitle(e.target.value)} maxLength={200} />
          <TextAreaField
            label={t('settings.lifecycle.goalDescription')}
            optional
            rows={3}
            value={goalDescription}
            onChange={(e) => setGoalDescription(e.target.value)}
          />
        </div>
      ) : null}
    </ConfirmDialog>
  );
}
