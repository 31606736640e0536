import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Icon } from '@/components/ui/icon';
import type { ProgressStatus } from '../utils/indicator-progress';

const TONE = { ON_TRACK: 'success', OFF_TRACK: 'warning', NO_DATA: 'neutral' } as const;
const ICON = { ON_TRACK: 'success', OFF_TRACK: 'alert', NO_DATA: 'info' } as const;

/** On track, off track or no data – in words and with an icon, never by colour alone. */
export function ProgressStatusBadge({ status }: { status: ProgressStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={TONE[status]}>
      <Icon name={ICON[status]} size={14} /> {t(`dashboard.status.${status}`)}
    </Badge>
  );
}
