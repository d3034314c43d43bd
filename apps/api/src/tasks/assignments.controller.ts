import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AssignmentActResult, AssignmentDto } from '@cdt/domain';
import { type Actor, CurrentUser } from '../common/current-user';
import { AssignmentsService } from './assignments.service';
import {
  AcknowledgeBody,
  AssignmentActBody,
  AssignmentIdParam,
  CompleteBody,
  DeclineBody,
  ListAssignmentsQueryDto,
  ProgressBody,
  ReopenBody,
  type AssignmentListDto,
} from './dto';

/** The team's inbox and the one-tap actions; each action may carry a clientActionId (idempotent retry). */
@ApiTags('assignments')
@ApiBearerAuth()
@Controller('assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get()
  inbox(@CurrentUser() actor: Actor, @Query() query: ListAssignmentsQueryDto): Promise<AssignmentListDto> {
    return this.assignments.inbox(actor, query);
  }

  @Get(':id')
  get(@CurrentUser() actor: Actor, @Param() params: AssignmentIdParam): Promise<AssignmentDto> {
    return this.assignments.get(actor, params.id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  acknowledge(
    @CurrentUser() actor: Actor,
    @Param() params: AssignmentIdParam,
    @Body() body: AcknowledgeBody,
  ): Promise<AssignmentActResult> {
    return this.assignments.act(actor, params.id, { type: 'acknowledge', note: body.note }, body);
  }

  @Post(':id/progress')
  @HttpCode(200)
  progress(
    @CurrentUser() actor: Actor,
    @Param() params: AssignmentIdParam,
    @Body() body: ProgressBody,
  ): Promise<AssignmentActResult> {
    return this.assignments.act(
      actor,
      params.id,
      { type: 'progress', value: body.value, note: body.note },
      body,
    );
  }

  @Post(':id/complete')
  @HttpCode(200)
  complete(
    @CurrentUser() actor: Actor,
    @Param() params: AssignmentIdParam,
    @Body() body: CompleteBody,
  ): Promise<AssignmentActResult> {
    return this.assignments.act(
      actor,
      params.id,
      { type: 'complete', value: body.value, note: body.note },
      body,
    );
  }

  @Post(':id/decline')
  @HttpCode(200)
  decline(
    @CurrentUser() actor: Actor,
    @Param() params: AssignmentIdParam,
    @Body() body: DeclineBody,
  ): Promise<AssignmentActResult> {
    return this.assignments.act(actor, params.id, { type: 'decline', reason: body.reason }, body);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  reopen(
    @CurrentUser() actor: Actor,
    @Param() params: AssignmentIdParam,
    @Body() body: ReopenBody,
  ): Promise<AssignmentActResult> {
    return this.assignments.act(actor, params.id, { type: 'reopen', reason: body.reason }, body);
  }

  /** The generic form: `{ clientActionId, command, actedAt? }`, as the offline queue keeps actions. */
  @Post(':id/act')
  @HttpCode(200)
  act(
    @CurrentUser() actor: Actor,
    @Param() params: AssignmentIdParam,
    @Body() body: AssignmentActBody,
  ): Promise<AssignmentActResult> {
    return this.assignments.act(actor, params.id, body.command, body);
  }
}
