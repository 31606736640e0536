import { useTranslation } from 'react-i18next';
import type { TargetStatus } from '../utils/series';

const SYMBOL: Record<TargetStatus, string> = { ON_TRACK: '●', OFF_TRACK: '▲', NO_DATA: '○' };

/** A status light that always carries its meaning in words, with a distinct symbol beside the colour. */
export function StatusLight({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-light status-light--${status.toLowerCase().replace('_', '-')}`}>
      <span className="status-light__symbol" aria-hidden="true">
        {SYMBOL[status]}
      </span>
      <span>{t(`indicators.status.${status}`)}</span>
    </span>
  );
}
