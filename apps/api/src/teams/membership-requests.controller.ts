import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MembershipRequestDto } from '@cdt/domain';
import { type Actor, CurrentUser } from '../common/current-user';
import { ListMembershipRequestsQueryDto, RejectRequestBody, RequestIdParam, RequestStepBody } from './dto';
import { MembershipRequestsService } from './membership-requests.service';

/** The approvals inbox and the steps of the join/leave chain. */
@ApiTags('membership-requests')
@ApiBearerAuth()
@Controller('membership-requests')
export class MembershipRequestsController {
  constructor(private readonly requests: MembershipRequestsService) {}

  @Get()
  list(
    @CurrentUser() actor: Actor,
    @Query() query: ListMembershipRequestsQueryDto,
  ): Promise<MembershipRequestDto[]> {
    return this.requests.list(actor, query);
  }

  @Post(':id/nominate')
  @HttpCode(200)
  nominate(
    @CurrentUser() actor: Actor,
    @Param() params: RequestIdParam,
    @Body() body: RequestStepBody,
  ): Promise<MembershipRequestDto> {
    return this.requests.step(actor, params.id, 'nominate', body.note);
  }

  @Post(':id/forward')
  @HttpCode(200)
  forward(
    @CurrentUser() actor: Actor,
    @Param() params: RequestIdParam,
    @Body() body: RequestStepBody,
  ): Promise<MembershipRequestDto> {
    return this.requests.step(actor, params.id, 'forward', body.note);
  }

  @Post(':id/approve')
  @HttpCode(200)
  approve(
    @CurrentUser() actor: Actor,
    @Param() params: RequestIdParam,
    @Body() body: RequestStepBody,
  ): Promise<MembershipRequestDto> {
    return this.requests.step(actor, params.id, 'approve', body.note);
  }

  @Post(':id/reject')
  @HttpCode(200)
  reject(
    @CurrentUser() actor: Actor,
    @Param() params: RequestIdParam,
    @Body() body: RejectRequestBody,
  ): Promise<MembershipRequestDto> {
    return this.requests.step(actor, params.id, 'reject', body.note);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  withdraw(
    @CurrentUser() actor: Actor,
    @Param() params: RequestIdParam,
    @Body() body: RequestStepBody,
  ): Promise<MembershipRequestDto> {
    return this.requests.step(actor, params.id, 'withdraw', body.note);
  }
}
