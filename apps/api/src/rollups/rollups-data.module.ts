import { Module } from '@nestjs/common';
import { BoundariesImporter } from './boundaries.importer';
import { BoundariesRepository } from './boundaries.repository';
import { RollupComputer } from './rollup-computer';
import { AssignmentGroupsRepository } from './assignment-groups.repository';
import { RollupsRepository } from './rollups.repository';

/** Rollup computation and storage, boundaries: no queue, no HTTP (the CLI, the worker and the API share it). */
@Module({
  providers: [
    RollupsRepository,
    AssignmentGroupsRepository,
    RollupComputer,
    BoundariesRepository,
    BoundariesImporter,
  ],
  exports: [RollupsRepository, RollupComputer, BoundariesRepository, BoundariesImporter],
})
export class RollupsDataModule {}
