import { Global, Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { RollupTrigger } from './rollup-trigger';
import { RollupsDataModule } from './rollups-data.module';

/** Global so that any context's events (tasks, teams, reminders) can ask for rollups without importing them. */
@Global()
@Module({
  imports: [JobsModule, RollupsDataModule],
  providers: [RollupTrigger],
  exports: [RollupTrigger],
})
export class RollupTriggerModule {}
