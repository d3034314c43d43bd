import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { UnitsDataModule } from '../hierarchy/units-data.module';
import { PositionsModule } from '../positions/positions.module';
import { MembershipRequestsController } from './membership-requests.controller';
import { MembershipRequestsService } from './membership-requests.service';
import { MembershipsRepository } from './memberships.repository';
import { PersonsRepository } from './persons.repository';
import { PersonsService } from './persons.service';
import { RequestsRepository } from './requests.repository';
import { RosterService } from './roster.service';
import { TeamEventBus, TeamEventsPublisher } from './team-events.publisher';
import { TeamMembersController } from './team-members.controller';
import { TeamReportsService } from './team-reports.service';
import { TeamViews } from './team-views';
import { TeamsController } from './teams.controller';
import { TeamsRepository } from './teams.repository';
import { TeamsService } from './teams.service';

/** The team registry (issue 3): teams, rosters, join/leave approvals, compliance, roll-out, roster CSV, positions. */
@Module({
  imports: [AccessModule, UnitsDataModule, PositionsModule],
  controllers: [TeamsController, TeamMembersController, MembershipRequestsController],
  providers: [
    TeamsRepository,
    MembershipsRepository,
    RequestsRepository,
    PersonsRepository,
    PersonsService,
    TeamViews,
    TeamEventBus,
    TeamEventsPublisher,
    TeamsService,
    MembershipRequestsService,
    TeamReportsService,
    RosterService,
  ],
  exports: [
    TeamEventBus,
    TeamsRepository,
    MembershipsRepository,
    PersonsRepository,
    PersonsService,
    PositionsModule,
  ],
})
export class TeamsModule {}
