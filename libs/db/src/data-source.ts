import { DataSource, type DataSourceOptions } from 'typeorm';
import { AuditEntryEntity } from './entities/audit-entry.entity.js';
import { CityEntity } from './entities/city.entity.js';
import { CompoundEntity } from './entities/compound.entity.js';
import { DistrictEntity } from './entities/district.entity.js';
import { GovernanceBodyEntity } from './entities/governance-body.entity.js';
import { OutboxMessageEntity } from './entities/outbox-message.entity.js';
import { PracticeEntity } from './entities/practice.entity.js';
import { ProjectSurveyEntity } from './entities/project-survey.entity.js';
import { ProjectEntity } from './entities/project.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { CreateDistrictsUsersCompounds1763700000000 } from './migrations/1763700000000-create-districts-users-compounds.js';
import { CreateProjectsSurveysBodies1763700000100 } from './migrations/1763700000100-create-projects-surveys-bodies.js';
import { CreateAppendOnlyAuditLog1763700000200 } from './migrations/1763700000200-create-append-only-audit-log.js';
import { CreatePracticesAndOutbox1763700000300 } from './migrations/1763700000300-create-practices-and-outbox.js';
import { CreateRosterRoundsVotesLedger1763800000000 } from './migrations/1763800000000-create-roster-rounds-votes-ledger.js';
import { CreateAdmissionAndFundingPlans1763800000100 } from './migrations/1763800000100-create-admission-and-funding-plans.js';
import { CreatePlanVersionsAndItems1763900000000 } from './migrations/1763900000000-create-plan-versions-and-items.js';
import { CreateJointReviewsPermitsTeams1763900000100 } from './migrations/1763900000100-create-joint-reviews-permits-teams.js';
import { AddChosenItemsToVotes1763900000200 } from './migrations/1763900000200-add-chosen-items-to-votes.js';
import { CreateProgressReportsAndFindings1764000000000 } from './migrations/1764000000000-create-progress-reports-and-findings.js';
import { CreateChangeOrders1764000000100 } from './migrations/1764000000100-create-change-orders.js';
import { CreateComplaints1764000000200 } from './migrations/1764000000200-create-complaints.js';
import { CreateNotifications1764000000300 } from './migrations/1764000000300-create-notifications.js';
import { CreateDistrictWebhooks1764000000400 } from './migrations/1764000000400-create-district-webhooks.js';
import { CreateJointAcceptance1764100000000 } from './migrations/1764100000000-create-joint-acceptance.js';
import { CreateDistrictAcceptanceParties1764200000000 } from './migrations/1764200000000-create-district-acceptance-parties.js';
import { CreateArchiveDocuments1764200000100 } from './migrations/1764200000100-create-archive-documents.js';
import { CreateLongTermManagement1764200000200 } from './migrations/1764200000200-create-long-term-management.js';
import { CreateMonthlyBulletins1764300000000 } from './migrations/1764300000000-create-monthly-bulletins.js';
import { OrderRoundsAndBodiesByInsertTime1764400000300 } from './migrations/1764400000300-order-rounds-and-bodies-by-insert-time.js';
import { BindRuleProfilesToRoundSubjects1764500000000 } from './migrations/1764500000000-bind-rule-profiles-to-round-subjects.js';
import { CreateRosterConfirmations1764500000100 } from './migrations/1764500000100-create-roster-confirmations.js';
import { RecordTheRoundBehindOwnersDecisions1764500000200 } from './migrations/1764500000200-record-the-round-behind-owners-decisions.js';
import { AddContributionsToPlanVersions1764500000300 } from './migrations/1764500000300-add-contributions-to-plan-versions.js';
import { CreateLocalSettings1764500000400 } from './migrations/1764500000400-create-local-settings.js';
import { CreateCitiesAndBulletinsPerCity1764600000000 } from './migrations/1764600000000-create-cities-and-bulletins-per-city.js';
import { ChangeOrdersApprovedByGovernmentAndSiteConfirmations1764600000100 } from './migrations/1764600000100-change-orders-approved-by-government-and-site-confirmations.js';
import { ProjectAreasCoverSeveralCompounds1764600000200 } from './migrations/1764600000200-project-areas-cover-several-compounds.js';
import { KeyCitySettingsByCity1764600000300 } from './migrations/1764600000300-key-city-settings-by-city.js';
import { NameWhereGapHouseholdsStand1764720000000 } from './migrations/1764720000000-name-where-gap-households-stand.js';
import { VersionUsersTokens1764730000000 } from './migrations/1764730000000-version-users-tokens.js';
import { RecordWhoSignsAndOnWhoseBehalf1764740000000 } from './migrations/1764740000000-record-who-signs-and-on-whose-behalf.js';
import { GrantTheApplicationRoleLeastPrivilege1764800000000 } from './migrations/1764800000000-grant-the-application-role-least-privilege.js';
import { DistrictDefaultRuleProfilesAndWhyARoundHasItsProfile1764810000000 } from './migrations/1764810000000-district-default-rule-profiles-and-why-a-round-has-its-profile.js';
import { CarryGovernanceBodiesIntoACompoundsLaterProject1764820000000 } from './migrations/1764820000000-carry-governance-bodies-into-a-compounds-later-project.js';
import { RecordHouseholdsThatMoveOutMergeOrSplit1764840000000 } from './migrations/1764840000000-record-households-that-move-out-merge-or-split.js';
import { CheckProjectAndRoundStates1764850000000 } from './migrations/1764850000000-check-project-and-round-states.js';

export const ENTITIES = [
  CityEntity,
  DistrictEntity,
  UserEntity,
  CompoundEntity,
  ProjectEntity,
  ProjectSurveyEntity,
  GovernanceBodyEntity,
  AuditEntryEntity,
  PracticeEntity,
  OutboxMessageEntity,
];

/** In order; listed rather than globbed so that the ESM build and jest load the same classes. */
export const MIGRATIONS = [
  CreateDistrictsUsersCompounds1763700000000,
  CreateProjectsSurveysBodies1763700000100,
  CreateAppendOnlyAuditLog1763700000200,
  CreatePracticesAndOutbox1763700000300,
  CreateRosterRoundsVotesLedger1763800000000,
  CreateAdmissionAndFundingPlans1763800000100,
  CreatePlanVersionsAndItems1763900000000,
  CreateJointReviewsPermitsTeams1763900000100,
  AddChosenItemsToVotes1763900000200,
  CreateProgressReportsAndFindings1764000000000,
  CreateChangeOrders1764000000100,
  CreateComplaints1764000000200,
  CreateNotifications1764000000300,
  CreateDistrictWebhooks1764000000400,
  CreateJointAcceptance1764100000000,
  CreateDistrictAcceptanceParties1764200000000,
  CreateArchiveDocuments1764200000100,
  CreateLongTermManagement1764200000200,
  CreateMonthlyBulletins1764300000000,
  OrderRoundsAndBodiesByInsertTime1764400000300,
  BindRuleProfilesToRoundSubjects1764500000000,
  CreateRosterConfirmations1764500000100,
  RecordTheRoundBehindOwnersDecisions1764500000200,
  AddContributionsToPlanVersions1764500000300,
  CreateLocalSettings1764500000400,
  CreateCitiesAndBulletinsPerCity1764600000000,
  ChangeOrdersApprovedByGovernmentAndSiteConfirmations1764600000100,
  ProjectAreasCoverSeveralCompounds1764600000200,
  KeyCitySettingsByCity1764600000300,
  NameWhereGapHouseholdsStand1764720000000,
  VersionUsersTokens1764730000000,
  RecordWhoSignsAndOnWhoseBehalf1764740000000,
  GrantTheApplicationRoleLeastPrivilege1764800000000,
  DistrictDefaultRuleProfilesAndWhyARoundHasItsProfile1764810000000,
  CarryGovernanceBodiesIntoACompoundsLaterProject1764820000000,
  RecordHouseholdsThatMoveOutMergeOrSplit1764840000000,
  CheckProjectAndRoundStates1764850000000,
];

/** The one set of options used by the API, the worker, the migration CLI and the tests. */
export function dataSourceOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    extra: { max: poolSize },
  };
}

export function createDataSource(url: string, poolSize?: number): DataSource {
  return new DataSource(dataSourceOptions(url, poolSize));
}
