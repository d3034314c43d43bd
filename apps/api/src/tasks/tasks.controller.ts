import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { NudgePlan, TargetPreviewDto, TaskDetailDto, TaskMatrixDto } from '@cdt/domain';
import { type Actor, CurrentUser } from '../common/current-user';
import {
  CancelTaskBody,
  CloseTaskBody,
  CreateTaskBody,
  ListTasksQueryDto,
  NudgeBody,
  PublishTaskBody,
  TargetPreviewBody,
  TargetPreviewQuery,
  TaskIdParam,
  TaskMatrixQueryDto,
  UpdateTaskBody,
  type TaskListDto,
} from './dto';
import { TaskQueries } from './task-queries.service';
import { TasksService } from './tasks.service';

/** Tasks: the fixed path target-preview is declared before `:id` so it is matched first. */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly queries: TaskQueries,
  ) {}

  @Get()
  list(@CurrentUser() actor: Actor, @Query() query: ListTasksQueryDto): Promise<TaskListDto> {
    return this.queries.list(actor, query);
  }

  @Post()
  create(@CurrentUser() actor: Actor, @Body() body: CreateTaskBody): Promise<TaskDetailDto> {
    return this.tasks.create(actor, body);
  }

  @Get('target-preview')
  previewByQuery(@CurrentUser() actor: Actor, @Query() query: TargetPreviewQuery): Promise<TargetPreviewDto> {
    return this.queries.preview(actor, query);
  }

  @Post('target-preview')
  @HttpCode(200)
  previewByBody(@CurrentUser() actor: Actor, @Body() body: TargetPreviewBody): Promise<TargetPreviewDto> {
    return this.queries.preview(actor, body);
  }

  @Get(':id')
  get(@CurrentUser() actor: Actor, @Param() params: TaskIdParam): Promise<TaskDetailDto> {
    return this.queries.get(actor, params.id);
  }

  @Patch(':id')
  update(
    @CurrentUser() actor: Actor,
    @Param() params: TaskIdParam,
    @Body() body: UpdateTaskBody,
  ): Promise<TaskDetailDto> {
    return this.tasks.update(actor, params.id, body);
  }

  /** The Server-Timing header reports the publishing transaction's own time (`commit;dur=<ms>`). */
  @Post(':id/publish')
  @HttpCode(200)
  async publish(
    @CurrentUser() actor: Actor,
    @Param() params: TaskIdParam,
    @Body() _body: PublishTaskBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TaskDetailDto> {
    const outcome = await this.tasks.publish(actor, params.id);
    response.setHeader('Server-Timing', `commit;dur=${outcome.commitMs.toFixed(1)}`);
    return outcome.task;
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(
    @CurrentUser() actor: Actor,
    @Param() params: TaskIdParam,
    @Body() body: CancelTaskBody,
  ): Promise<TaskDetailDto> {
    return this.tasks.cancel(actor, params.id, body.reason);
  }

  @Post(':id/close')
  @HttpCode(200)
  close(
    @CurrentUser() actor: Actor,
    @Param() params: TaskIdParam,
    @Body() body: CloseTaskBody,
  ): Promise<TaskDetailDto> {
    return this.tasks.close(actor, params.id, body.note);
  }

  @Get(':id/matrix')
  matrix(
    @CurrentUser() actor: Actor,
    @Param() params: TaskIdParam,
    @Query() query: TaskMatrixQueryDto,
  ): Promise<TaskMatrixDto> {
    return this.queries.matrix(actor, params.id, query);
  }

  @Post(':id/nudge')
  @HttpCode(200)
  nudge(
    @CurrentUser() actor: Actor,
    @Param() params: TaskIdParam,
    @Body() body: NudgeBody,
  ): Promise<NudgePlan> {
    return this.tasks.nudge(actor, params.id, body);
  }
}
