import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { RollupTriggerModule } from './rollup-trigger.module';
import { RollupsDataModule } from './rollups-data.module';
import { RollupsLifecycle } from './rollups.lifecycle';
import { RollupsProcessor } from './rollups.processor';

/** The consumer side of rollups, for the worker process only: the processor and the nightly schedulers. */
@Module({
  imports: [JobsModule, RollupsDataModule, RollupTriggerModule],
  providers: [RollupsProcessor, RollupsLifecycle],
})
export class RollupsWorkerModule {}
