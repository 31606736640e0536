import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';

/** A detail page of the log area (entry, proposal) that is still loading. */
export function DetailLoading({ back, label }: { back: ReactNode; label: string }) {
  return (
    <div className="page page--narrow">
      {back}
      <LoadingState label={label} />
    </div>
  );
}

/**
 * A detail page of the log area that could not load: `missing` (gone or not visible to you) is told as
 * information, anything else as an error, with a retry where the page offers one.
 */
export function DetailFailed({
  back,
  error,
  missing,
  title,
  onRetry,
}: {
  back: ReactNode;
  error: unknown;
  missing: boolean;
  title: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  return (
    <div className="page page--narrow">
      {back}
      <h1 className="page-header__title">{title}</h1>
      <Alert
        tone={missing ? 'info' : 'error'}
        actions={
          missing || !onRetry ? undefined : (
            <Button size="sm" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          )
        }
      >
        {describe(error)}
      </Alert>
    </div>
  );
}
