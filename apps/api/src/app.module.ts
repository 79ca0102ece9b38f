import { WorkflowModule, type WorkflowDeps } from '@app/workflow';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, DiscoveryModule } from '@nestjs/core';
import { AcceptanceModule } from './acceptance/acceptance.module.js';
import { AftercareModule } from './aftercare/aftercare.module.js';
import { AdminModule } from './admin/admin.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CitiesModule } from './cities/cities.module.js';
import { CompoundsModule } from './compounds/compounds.module.js';
import { HealthModule } from './health/health.module.js';
import { AccessRulesCheck } from './http/access-rules.check.js';
import { ProblemFilter } from './http/problem.filter.js';
import { MetaModule } from './meta/meta.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { PracticesModule } from './practices/practices.module.js';
import { PlanningModule } from './planning/planning.module.js';
import { PlansModule } from './plans/plans.module.js';
import { ReviewModule } from './review/review.module.js';
import { SupervisionModule } from './supervision/supervision.module.js';
import { ProjectsModule } from './projects/projects.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { RosterModule } from './roster/roster.module.js';
import { RoundsModule } from './rounds/rounds.module.js';
import { SettingsModule } from './settings/settings.module.js';

@Module({})
export class AppModule {
  static forRoot(deps: WorkflowDeps): DynamicModule {
    return {
      module: AppModule,
      imports: [
        WorkflowModule.forRoot(deps),
        DiscoveryModule,
        AuthModule,
        AdminModule,
        CitiesModule,
        SettingsModule,
        CompoundsModule,
        ProjectsModule,
        RosterModule,
        RoundsModule,
        PlanningModule,
        PlansModule,
        ReviewModule,
        SupervisionModule,
        AcceptanceModule,
        ReportsModule,
        AftercareModule,
        MetaModule,
        PracticesModule,
        HealthModule,
        MetricsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }, AccessRulesCheck],
    };
  }
}
