import { useTranslation } from 'react-i18next';

/**
 * A number hidden by small-number protection: „< k“ with the reason as tooltip and for screen
 * readers. `threshold` is the alliance's k (unknown while loading: then only the word).
 */
export function SuppressedValue({ threshold }: { threshold?: number }) {
  const { t } = useTranslation();
  const reason = t('disclosure.suppressedReason', { k: threshold ?? '…' });
  return (
    <span className="suppressed-value" title={reason}>
      <span aria-hidden="true">{threshold ? `< ${threshold}` : t('disclosure.suppressed')}</span>
      <span className="visually-hidden">{reason}</span>
    </span>
  );
}
