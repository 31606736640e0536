import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { DueState } from '../utils/due';

const TONE: Record<DueState, BadgeTone> = { NOT_STARTED: 'neutral', DRAFT: 'info', SUBMITTED: 'accent', APPROVED: 'success', REJECTED: 'danger' };

/** The status of a value in words; the tone only supports the text. */
export function MeasurementStatusBadge({ state }: { state: DueState }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[state]}>{t(`reporting.status.${state}`)}</Badge>;
}
