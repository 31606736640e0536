import type { MigrationInterface } from 'typeorm';
import { Initial1795316510010 } from './1795316510010-Initial';
import { TenantIsolation1795316600000 } from './1795316600000-TenantIsolation';
import { FiveConditions1795317355186 } from './1795317355186-FiveConditions';
import { TenantIsolationFiveConditions1795317400000 } from './1795317400000-TenantIsolationFiveConditions';
import { PrivacyErasure1795317500000 } from './1795317500000-PrivacyErasure';
import { EnterAllianceFunction1795317600500 } from './1795317600500-EnterAllianceFunction';
import { HealthIndexes1795317650000 } from './1795317650000-HealthIndexes';
import { IndicatorPlausibility1796606480567 } from './1796606480567-IndicatorPlausibility';
import { RollupCellIndex1796607206631 } from './1796607206631-RollupCellIndex';
import { RollupCellProbe1796610000000 } from './1796610000000-RollupCellProbe';
import { PolicyInitPlan1796611000000 } from './1796611000000-PolicyInitPlan';
import { OrganisationIdentity1796620000000 } from './1796620000000-OrganisationIdentity';
import { LoginAbuseAndTotp1796620100000 } from './1796620100000-LoginAbuseAndTotp';
import { TwoFactorForAdmins1796620200000 } from './1796620200000-TwoFactorForAdmins';
import { MailOutbox1796630000000 } from './1796630000000-MailOutbox';
import { SharedRateLimits1796640000000 } from './1796640000000-SharedRateLimits';
import { FailedLoginNotice1796650000000 } from './1796650000000-FailedLoginNotice';
import { Onboarding1796660000000 } from './1796660000000-Onboarding';
import { ColleagueInvitations1796670000000 } from './1796670000000-ColleagueInvitations';
import { Notifications1796680000000 } from './1796680000000-Notifications';
import { ApiTokens1796690000000 } from './1796690000000-ApiTokens';
import { AuditTrailIndexes1796690100000 } from './1796690100000-AuditTrailIndexes';
import { Districts1796700000000 } from './1796700000000-Districts';
import { StaleSignups1796700100000 } from './1796700100000-StaleSignups';
import { Network1796790000000 } from './1796790000000-Network';
import { NetworkSurvey1796830000000 } from './1796830000000-NetworkSurvey';
import { PublicProgress1796800000000 } from './1796800000000-PublicProgress';
import { Matching1796840000000 } from './1796840000000-Matching';
import { PortalSearchTerms1796820000000 } from './1796820000000-PortalSearchTerms';
import { Participation1796850000000 } from './1796850000000-Participation';
import { MeasurementImportBatch1796860000000 } from './1796860000000-MeasurementImportBatch';
import { PortalImportProviders1796870000000 } from './1796870000000-PortalImportProviders';
import { SmallNumberThreshold1796760000000 } from './1796760000000-SmallNumberThreshold';
import { Imports1796730000000 } from './1796730000000-Imports';
import { Portal1796770000000 } from './1796770000000-Portal';
import { PortalPublicContext1796780000000 } from './1796780000000-PortalPublicContext';

/** Every migration, in order. Listed explicitly so built and test code load the same set. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795316510010,
  TenantIsolation1795316600000,
  FiveConditions1795317355186,
  TenantIsolationFiveConditions1795317400000,
  PrivacyErasure1795317500000,
  EnterAllianceFunction1795317600500,
  HealthIndexes1795317650000,
  IndicatorPlausibility1796606480567,
  RollupCellIndex1796607206631,
  RollupCellProbe1796610000000,
  PolicyInitPlan1796611000000,
  OrganisationIdentity1796620000000,
  LoginAbuseAndTotp1796620100000,
  TwoFactorForAdmins1796620200000,
  MailOutbox1796630000000,
  SharedRateLimits1796640000000,
  FailedLoginNotice1796650000000,
  Onboarding1796660000000,
  ColleagueInvitations1796670000000,
  Notifications1796680000000,
  ApiTokens1796690000000,
  AuditTrailIndexes1796690100000,
  Districts1796700000000,
  StaleSignups1796700100000,
  Imports1796730000000,
  SmallNumberThreshold1796760000000,
  Portal1796770000000,
  PortalPublicContext1796780000000,
  Network1796790000000,
  PublicProgress1796800000000,
  PortalSearchTerms1796820000000,
  NetworkSurvey1796830000000,
  Matching1796840000000,
  Participation1796850000000,
  MeasurementImportBatch1796860000000,
  PortalImportProviders1796870000000,
];
