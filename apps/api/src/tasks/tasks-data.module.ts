import { Module } from '@nestjs/common';
import { AssignmentsRepository } from './assignments.repository';
import { TasksRepository } from './tasks.repository';

/** The tasks' repositories alone, for the worker's reminder processors (no controllers, no sockets). */
@Module({
  providers: [TasksRepository, AssignmentsRepository],
  exports: [TasksRepository, AssignmentsRepository],
})
export class TasksDataModule {}
