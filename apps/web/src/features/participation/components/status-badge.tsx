import type { ReportStatus } from '../api/participation-api';
import { useParticipationText } from './easy-language';

/** A report's public status in words (the colour is never the only signal). */
export function StatusBadge({ status }: { status: ReportStatus | string }) {
  const { tx } = useParticipationText();
  return <span className={`participation-status participation-status--${status.toLowerCase()}`}>{tx(`status.${status}`)}</span>;
}
