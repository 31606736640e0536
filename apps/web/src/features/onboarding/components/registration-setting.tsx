import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { usePlatformSettings, useSetRegistrationOpen } from '../api/platform-settings';

/** The platform admin's switch: may organisations register themselves, or only by invitation? */
export function RegistrationSetting() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const settings = usePlatformSettings();
  const change = useSetRegistrationOpen();
  if (settings.isPending) return <LoadingState />;
  if (settings.isError) return <Alert tone="error">{describe(settings.error)}</Alert>;
  return (
    <div className="form">
      {change.isError ? (
        <Alert tone="error" title={t('onboarding.admin.registration.failed')}>
          {describe(change.error)}
        </Alert>
      ) : null}
      <label className="checkbox checkbox--described">
        <input type="checkbox" checked={settings.data.registrationOpen} disabled={change.isPending} onChange={(e) => change.mutate(e.target.checked)} />
        <span>
          {t('onboarding.admin.registration.label')}
          <span className="checkbox__hint">{t('onboarding.admin.registration.hint')}</span>
        </span>
      </label>
      <p className="field__hint" role="status" aria-live="polite">
        {change.isSuccess ? t('onboarding.admin.registration.saved') : null}
      </p>
    </div>
  );
}
