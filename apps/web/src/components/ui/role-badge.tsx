import type { MembershipRoleName, MembershipStateName } from '@gemeinwerk/shared';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from './badge';

const ROLE_TONE: Record<MembershipRoleName, BadgeTone> = {
  BACKBONE: 'backbone',
  PARTNER: 'partner',
  FUNDER: 'funder',
  OBSERVER: 'observer',
  PROVIDER: 'neutral',
};

export function RoleBadge({ role }: { role: MembershipRoleName }) {
  const { t } = useTranslation();
  return <Badge tone={ROLE_TONE[role]}>{t(`roles.${role}`)}</Badge>;
}

const STATE_TONE: Record<MembershipStateName, BadgeTone> = { ACTIVE: 'success', INVITED: 'warning', LEFT: 'neutral' };

export function MembershipStateBadge({ state }: { state: MembershipStateName }) {
  const { t } = useTranslation();
  return <Badge tone={STATE_TONE[state]}>{t(`membershipStates.${state}`)}</Badge>;
}
