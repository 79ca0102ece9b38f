import { AppConfig } from '@app/config';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PracticeCatalog } from './catalog/practice-catalog.service.js';
import { RoundService } from './consent/round.service.js';
import { DistrictRuleProfileService } from './consent/district-rule-profiles.service.js';
import { TallyNoticeService } from './consent/tally-notice.service.js';
import { RuleProfileCatalog } from './consent/rule-profile.catalog.js';
import { RosterService } from './places/roster.service.js';
import { DeadlineRunner } from './platform/deadline-runner.js';
import { EscalationService } from './platform/escalation.service.js';
import { LocalSettingsService } from './platform/local-settings.service.js';
import { WebhookService } from './platform/webhook.service.js';
import { AdminService } from './identity/admin.service.js';
import { DemoSeeder } from './identity/demo-seeder.js';
import { DemoStory } from './identity/demo-story.js';
import { IdentityService } from './identity/identity.service.js';
import { CityService } from './places/city.service.js';
import { CompoundService } from './places/compound.service.js';
import { Clock, SystemClock } from './platform/clock.js';
import { createLogger, LOG, type Log } from './platform/logger.js';
import { Metrics } from './platform/metrics.js';
import { AcceptanceService } from './projects/acceptance.service.js';
import { ArchiveService } from './projects/archive.service.js';
import { LongTermService } from './projects/long-term.service.js';
import { ChangeOrderService } from './projects/change-order.service.js';
import { ComplaintService } from './projects/complaint.service.js';
import { PermitService } from './projects/permit.service.js';
import { PlanService } from './projects/plan.service.js';
import { ReviewService } from './projects/review.service.js';
import { SiteConfirmationService } from './projects/site-confirmation.service.js';
import { SupervisionService } from './projects/supervision.service.js';
import { PlanningService } from './projects/planning.service.js';
import { ProjectService } from './projects/project.service.js';
import { TransitionService } from './projects/transition.service.js';
import { BulletinService } from './reports/bulletin.service.js';
import { PortfolioService } from './reports/portfolio.service.js';

const SERVICES = [
  Metrics,
  IdentityService,
  AdminService,
  DemoSeeder,
  DemoStory,
  CityService,
  CompoundService,
  ProjectService,
  TransitionService,
  PracticeCatalog,
  RuleProfileCatalog,
  DistrictRuleProfileService,
  RosterService,
  RoundService,
  TallyNoticeService,
  DeadlineRunner,
  PlanningService,
  PlanService,
  ReviewService,
  PermitService,
  SupervisionService,
  ChangeOrderService,
  SiteConfirmationService,
  ComplaintService,
  EscalationService,
  LocalSettingsService,
  WebhookService,
  AcceptanceService,
  ArchiveService,
  LongTermService,
  PortfolioService,
  BulletinService,
];

export interface WorkflowDeps {
  config: AppConfig;
  dataSource: DataSource;
  clock?: Clock;
  /** The process's logger; unset: one at the configured level on stdout. */
  log?: Log;
}

/** The application services both apps run, over one initialised DataSource. */
@Global()
@Module({})
export class WorkflowModule {
  static forRoot(deps: WorkflowDeps): DynamicModule {
    return {
      module: WorkflowModule,
      providers: [
        { provide: AppConfig, useValue: deps.config },
        { provide: DataSource, useValue: deps.dataSource },
        { provide: Clock, useValue: deps.clock ?? new SystemClock() },
        { provide: LOG, useValue: deps.log ?? createLogger(deps.config.LOG_LEVEL) },
        ...SERVICES,
      ],
      exports: [AppConfig, DataSource, Clock, LOG, ...SERVICES],
    };
  }
}
