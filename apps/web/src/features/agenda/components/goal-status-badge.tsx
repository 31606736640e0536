import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { GoalStatus } from '@/gql/graphql';

const TONE: Record<GoalStatus, BadgeTone> = { PLANNED: 'info', ACTIVE: 'success', ACHIEVED: 'accent', DROPPED: 'neutral' };

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`agenda.status.${status}`)}</Badge>;
}
