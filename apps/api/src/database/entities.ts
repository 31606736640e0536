import { ActivityEntity, ActivityGoalEntity, ActivityIndicatorEntity } from '../modules/activities/activity.entity';
import { AgreementSignatureEntity, AgreementVersionEntity } from '../modules/agenda/agreement.entity';
import { GoalEntity } from '../modules/agenda/goal.entity';
import {
  ActionItemEntity,
  CommentEntity,
  LogEntryEntity,
  LogEntryGoalEntity,
  LogEntryIndicatorEntity,
  LogEntryParticipantEntity,
} from '../modules/communication/log-entry.entity';
import { ProposalEntity, ProposalVoteEntity } from '../modules/communication/proposal.entity';
import {
  DimensionCategoryEntity,
  DimensionEntity,
  IndicatorDimensionEntity,
  IndicatorEntity,
  IndicatorGoalEntity,
  TargetEntity,
} from '../modules/indicators/indicator.entity';
import { MeasurementEntity, MeasurementOverlapEntity, MeasurementPartEntity, ReportingPeriodEntity } from '../modules/measurements/measurement.entity';
import { ApiTokenEntity } from '../core/api-tokens/api-token.entity';
import { AuditEventEntity } from '../core/audit/audit-event.entity';
import { LoginFailureEntity } from '../core/auth/login-failure.entity';
import { SessionEntity } from '../core/auth/session.entity';
import { LoginChallengeEntity, TotpRecoveryCodeEntity } from '../core/auth/totp.entity';
import { PasswordResetTokenEntity } from '../core/auth/password-reset-token.entity';
import { ColleagueInvitationEntity } from '../modules/colleagues/colleague-invitation.entity';
import { MailOutboxEntity } from '../core/mail/mail-outbox.entity';
import { PlatformSetupTokenEntity } from '../core/setup/platform-setup-token.entity';
import { OrganisationEntity } from '../core/accounts/organisation.entity';
import { UserOrganisationEntity } from '../core/accounts/user-organisation.entity';
import { UserEntity } from '../core/accounts/user.entity';
import { AllianceEntity } from '../modules/alliances/alliance.entity';
import { DistrictEntity } from '../modules/alliances/district.entity';
import { AllianceSeatEntity } from '../modules/members/alliance-seat.entity';
import { InvitationEntity } from '../modules/members/invitation.entity';
import { MembershipEntity } from '../modules/members/membership.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { NotificationPreferenceEntity, NotificationSettingsEntity } from '../modules/notifications/notification-preference.entity';
import { EmailVerificationTokenEntity } from '../modules/onboarding/email-verification-token.entity';
import { JoinRequestEntity } from '../modules/onboarding/join-request.entity';
import { PlatformSettingsEntity } from '../modules/onboarding/platform-settings.entity';
import { RelationshipEntity } from '../modules/network/relationship.entity';
import { SurveyAnswerEntity, SurveyResponseEntity, SurveyRoundEntity } from '../modules/network/survey.entity';
import { ContactRequestEntity, MemberResourceEntity } from '../modules/matching/matching.entity';
import { ImportBatchEntity, ImportEffectEntity, ImportMappingEntity, ImportRowEntity } from '../modules/imports/import.entity';
import { PORTAL_ENTITIES } from '../modules/portal/portal.entity';
import { PortalPublicSettingsEntity } from '../modules/portal-public/portal-address.entity';
import { PROGRESS_PAGE_ENTITIES } from '../modules/progress-public/progress-page.entity';
import { PARTICIPATION_ENTITIES } from '../modules/participation/participation.entity';

export const ENTITIES = [
  UserEntity,
  OrganisationEntity,
  UserOrganisationEntity,
  SessionEntity,
  LoginFailureEntity,
  LoginChallengeEntity,
  TotpRecoveryCodeEntity,
  PasswordResetTokenEntity,
  ColleagueInvitationEntity,
  PlatformSetupTokenEntity,
  MailOutboxEntity,
  AllianceEntity,
  DistrictEntity,
  MembershipEntity,
  AllianceSeatEntity,
  InvitationEntity,
  PlatformSettingsEntity,
  EmailVerificationTokenEntity,
  JoinRequestEntity,
  AuditEventEntity,
  ApiTokenEntity,
  GoalEntity,
  AgreementVersionEntity,
  AgreementSignatureEntity,
  IndicatorEntity,
  IndicatorGoalEntity,
  DimensionEntity,
  DimensionCategoryEntity,
  IndicatorDimensionEntity,
  TargetEntity,
  ReportingPeriodEntity,
  MeasurementEntity,
  MeasurementPartEntity,
  MeasurementOverlapEntity,
  ActivityEntity,
  ActivityGoalEntity,
  ActivityIndicatorEntity,
  LogEntryEntity,
  LogEntryParticipantEntity,
  LogEntryGoalEntity,
  LogEntryIndicatorEntity,
  CommentEntity,
  ActionItemEntity,
  ProposalEntity,
  ProposalVoteEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  NotificationSettingsEntity,
  RelationshipEntity,
  SurveyRoundEntity,
  SurveyResponseEntity,
  SurveyAnswerEntity,
  MemberResourceEntity,
  ContactRequestEntity,
  ImportBatchEntity,
  ImportRowEntity,
  ImportEffectEntity,
  ImportMappingEntity,
  ...PORTAL_ENTITIES,
  PortalPublicSettingsEntity,
  ...PROGRESS_PAGE_ENTITIES,
  ...PARTICIPATION_ENTITIES,
];
