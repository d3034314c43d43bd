import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { UnitsDataModule } from '../hierarchy/units-data.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RemindersModule } from '../reminders/reminders.module';
import { TeamsModule } from '../teams/teams.module';
import { AssignmentSocketHandlers } from './assignment-socket.handlers';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';
import { TaskAccess } from './task-access';
import { TaskEventsPublisher } from './task-events.publisher';
import { TaskQueries } from './task-queries.service';
import { TargetResolver } from './target-resolver';
import { TasksDataModule } from './tasks-data.module';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

/** Tasks down the hierarchy (issue 4): drafting, publishing to many teams, assignments and their actions. */
@Module({
  imports: [
    AccessModule,
    UnitsDataModule,
    TeamsModule,
    TasksDataModule,
    NotificationsModule,
    RemindersModule,
  ],
  controllers: [TasksController, AssignmentsController],
  providers: [
    TaskAccess,
    TargetResolver,
    TaskEventsPublisher,
    TaskQueries,
    TasksService,
    AssignmentsService,
    AssignmentSocketHandlers,
  ],
})
export class TasksModule {}
