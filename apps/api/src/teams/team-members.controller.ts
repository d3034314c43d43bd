import { Body, Controller, Delete, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MembershipRequestDto, TeamDetailDto } from '@cdt/domain';
import { type Actor, CurrentUser } from '../common/current-user';
import {
  AddMemberBody,
  ApplyToJoinBody,
  AskToLeaveBody,
  EndMembershipBody,
  MembershipParams,
  ProposeJoinBody,
  ProposeLeaveBody,
  TeamIdParam,
} from './dto';
import { MembershipRequestsService } from './membership-requests.service';
import { TeamsService } from './teams.service';

/** A team's roster: direct changes by its governors, and the join/leave requests that start the chain. */
@ApiTags('teams')
@ApiBearerAuth()
@Controller('teams/:id')
export class TeamMembersController {
  constructor(
    private readonly teams: TeamsService,
    private readonly requests: MembershipRequestsService,
  ) {}

  @Post('members')
  addMember(
    @CurrentUser() actor: Actor,
    @Param() params: TeamIdParam,
    @Body() body: AddMemberBody,
  ): Promise<TeamDetailDto> {
    return this.teams.addMember(actor, params.id, body);
  }

  @Delete('members/:membershipId')
  removeMember(
    @CurrentUser() actor: Actor,
    @Param() params: MembershipParams,
    @Body() body: EndMembershipBody,
  ): Promise<TeamDetailDto> {
    return this.teams.removeMember(actor, params.id, params.membershipId, body);
  }

  /** The caller applies to join. */
  @Post('join-requests/apply')
  apply(
    @CurrentUser() actor: Actor,
    @Param() params: TeamIdParam,
    @Body() body: ApplyToJoinBody,
  ): Promise<MembershipRequestDto> {
    return this.requests.apply(actor, params.id, body);
  }

  /** The team's leader or deputy proposes someone (an existing person, or a new one by name and phone). */
  @Post('join-requests')
  proposeJoin(
    @CurrentUser() actor: Actor,
    @Param() params: TeamIdParam,
    @Body() body: ProposeJoinBody,
  ): Promise<MembershipRequestDto> {
    return this.requests.proposeJoin(actor, params.id, body);
  }

  /** The caller, a member, asks to leave. */
  @Post('leave-requests/ask')
  askToLeave(
    @CurrentUser() actor: Actor,
    @Param() params: TeamIdParam,
    @Body() body: AskToLeaveBody,
  ): Promise<MembershipRequestDto> {
    return this.requests.askToLeave(actor, params.id, body);
  }

  /** The team's leader or deputy proposes that a member leave. */
  @Post('leave-requests')
  proposeLeave(
    @CurrentUser() actor: Actor,
    @Param() params: TeamIdParam,
    @Body() body: ProposeLeaveBody,
  ): Promise<MembershipRequestDto> {
    return this.requests.proposeLeave(actor, params.id, body);
  }
}
