import { useTranslation } from 'react-i18next';

export function Spinner({ size = 20 }: { size?: number }) {
  return <span className="spinner" style={{ width: size, height: size }} aria-hidden="true" />;
}

/** A region that announces that content is loading. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading-state" role="status" aria-live="polite">
      <Spinner size={24} />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}
