import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Icon, type IconName } from '@/components/ui/icon';
import type { ConflictState, LogEntryType } from '@/gql/graphql';

export const ENTRY_TYPES: LogEntryType[] = ['MEETING', 'DECISION', 'UPDATE', 'CONFLICT', 'ANNOUNCEMENT'];

const ICON: Record<LogEntryType, IconName> = {
  MEETING: 'members',
  DECISION: 'success',
  UPDATE: 'info',
  CONFLICT: 'alert',
  ANNOUNCEMENT: 'mail',
};

/** The entry's kind as icon and word: never the icon alone. */
export function EntryType({ type }: { type: LogEntryType }) {
  const { t } = useTranslation();
  return (
    <span className={`log-type log-type--${type.toLowerCase()}`}>
      <Icon name={ICON[type]} size={16} />
      <span>{t(`communication.types.${type}`)}</span>
    </span>
  );
}

const CONFLICT_TONE: Record<ConflictState, BadgeTone> = { OPEN: 'warning', RESOLVED: 'success' };

export function ConflictStateBadge({ state }: { state: ConflictState }) {
  const { t } = useTranslation();
  return (
    <Badge tone={CONFLICT_TONE[state]}>
      <Icon name={state === 'OPEN' ? 'alert' : 'check'} size={14} /> {t(`communication.conflictStates.${state}`)}
    </Badge>
  );
}
