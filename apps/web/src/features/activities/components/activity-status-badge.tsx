import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { ActivityStatus } from '@/gql/graphql';

const TONE: Record<ActivityStatus, BadgeTone> = {
  PLANNED: 'info',
  RUNNING: 'success',
  PAUSED: 'warning',
  COMPLETED: 'neutral',
  CANCELLED: 'danger',
};

/** The status in words; the tone only supports it. */
export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`activities.status.${status}`)}</Badge>;
}
