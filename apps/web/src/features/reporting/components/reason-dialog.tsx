import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField } from '@/components/ui/field';

/** Asks for the reason of a review decision (reject, reopen): the partner reads it. */
export function ReasonDialog({
  open,
  title,
  description,
  hint,
  submitLabel,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  description: string;
  hint: string;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={title} description={description}>
      {open ? <ReasonForm hint={hint} submitLabel={submitLabel} pending={pending} error={error} onSubmit={onSubmit} onClose={onClose} /> : null}
    </Dialog>
  );
}

function ReasonForm({
  hint,
  submitLabel,
  pending,
  error,
  onSubmit,
  onClose,
}: Pick<Parameters<typeof ReasonDialog>[0], 'hint' | 'submitLabel' | 'pending' | 'error' | 'onSubmit' | 'onClose'>) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    onSubmit(reason.trim());
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      {error ? (
        <Alert tone="error" title={t('reporting.review.failed')}>
          {error}
        </Alert>
      ) : null}
      <TextAreaField
        label={t('reporting.review.reason')}
        hint={hint}
        rows={4}
        value={reason}
        autoFocus
        error={missing && !reason.trim() ? t('reporting.review.reasonRequired') : undefined}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="form__actions">
        <Button variant="ghost" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="danger" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
