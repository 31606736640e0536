import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useErrorMessage } from '@/lib/errors';

/**
 * One card of the settings that saves a part of the alliance profile: heading, description, the outcome
 * of the last save and the submit button. Texts come from `settings.<name>.{heading,description,failed,saved,submit}`.
 */
export function SettingsFormSection({
  name,
  onSave,
  problem,
  error,
  saved,
  pending,
  children,
  dialogs,
}: {
  name: 'profile' | 'branding';
  onSave: () => void;
  /** A problem found before asking the API, already translated. */
  problem: string | null;
  /** A failed save other than a conflict (that one opens the conflict dialog). */
  error: unknown;
  saved: boolean;
  pending: boolean;
  children: ReactNode;
  /** The conflict dialog, rendered inside the section after the form. */
  dialogs?: ReactNode;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };
  return (
    <section className="card settings-section" aria-labelledby={`settings-${name}-heading`}>
      <h2 id={`settings-${name}-heading`} className="card__title">
        {t(`settings.${name}.heading`)}
      </h2>
      <p className="settings-section__description">{t(`settings.${name}.description`)}</p>
      <form className="form" onSubmit={submit} noValidate>
        {problem || error ? (
          <Alert tone="error" title={t(`settings.${name}.failed`)}>
            {problem ?? describe(error)}
          </Alert>
        ) : null}
        {saved ? <Alert tone="success">{t(`settings.${name}.saved`)}</Alert> : null}
        {children}
        <div className="form__actions form__actions--start">
          <Button type="submit" variant="primary" loading={pending}>
            {t(`settings.${name}.submit`)}
          </Button>
        </div>
      </form>
      {dialogs}
    </section>
  );
}
