import { WorkflowModule, type WorkflowDeps } from '@app/workflow';
import { Module, type DynamicModule } from '@nestjs/common';
import { JobRunner } from './job-runner.js';

@Module({})
export class WorkerModule {
  static forRoot(deps: WorkflowDeps): DynamicModule {
    return { module: WorkerModule, imports: [WorkflowModule.forRoot(deps)], providers: [JobRunner], exports: [JobRunner] };
  }
}
