import { Injectable } from '@nestjs/common';
import {
  ASSIGNMENT_STATES,
  ErrorCode,
  canIssueFrom,
  emptyBucketCounts,
  foldForSearch,
  type AssignmentState,
  type ListTasksQuery,
  type TargetPreviewDto,
  type TargetPreviewRequest,
  type TaskDetailDto,
  type TaskMatrixDto,
  type TaskMatrixQuery,
} from '@cdt/domain';
import type { Actor } from '../common/current-user';
import { DomainException } from '../common/domain.exception';
import { UnitsRepository } from '../hierarchy/units.repository';
import { decodeCursor, encodeCursor } from '../notifications/page-cursor';
import { AssignmentsRepository } from './assignments.repository';
import type { TaskListDto } from './dto';
import { TaskAccess, type Caller } from './task-access';
import { toMatrixRowDto, toTaskDto } from './task.mapper';
import { TargetResolver } from './target-resolver';
import { TasksRepository, type TaskRow } from './tasks.repository';

/** Reading tasks: the list, a task's page with its counts, its matrix, and the target picker's preview. */
@Injectable()
export class TaskQueries {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly units: UnitsRepository,
    private readonly access: TaskAccess,
    private readonly resolver: TargetResolver,
  ) {}

  async list(actor: Actor, query: ListTasksQuery): Promise<TaskListDto> {
    const caller = await this.access.callerOf(actor);
    const subtreePath = query.unitId ? (await this.unit(query.unitId)).path : undefined;
    const after = decodeCursor(query.cursor);
    const rows = await this.tasks.list({
      visibility: caller.visibility,
      issuerUnitId: query.issuerUnitId,
      subtreePath,
      statuses: query.statuses,
      category: query.category,
      priority: query.priority,
      dueFrom: query.dueFrom,
      dueTo: query.dueTo,
      q: query.q ? foldForSearch(query.q) : undefined,
      limit: query.limit + 1,
      after: after && { dueAt: after.key, id: after.id },
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map((row) =>
        toTaskDto(row, row.assignmentCount, this.access.isIssuer(actor, row.issuerUnitPath)),
      ),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.dueAt.toISOString(), last.id) : null,
    };
  }

  /** The task with counts per state and bucket over the assignments the caller sees. */
  async get(actor: Actor, id: string, now = new Date().toISOString()): Promise<TaskDetailDto> {
    const caller = await this.access.callerOf(actor);
    const row = await this.find(id);
    const counts = await this.assignments.counts(id, caller.visibility, now);
    const visible = counts.reduce((sum, c) => sum + c.n, 0);
    this.assertSeesTask(caller, row, visible);
    const countsByState = Object.fromEntries(ASSIGNMENT_STATES.map((s) => [s, 0])) as Record<
      AssignmentState,
      number
    >;
    const countsByBucket = emptyBucketCounts();
    let belowTargetCount = 0;
    for (const c of counts) {
      countsByState[c.state] += c.n;
      countsByBucket[c.bucket] += c.n;
      belowTargetCount += c.belowTarget;
    }
    return {
      ...toTaskDto(row, visible, this.access.isIssuer(actor, row.issuerUnitPath)),
      countsByState,
      countsByBucket,
      belowTargetCount,
    };
  }

  /** The teams × status matrix, filtered; rows the caller cannot see are never returned. */
  async matrix(actor: Actor, id: string, query: TaskMatrixQuery): Promise<TaskMatrixDto> {
    const now = new Date().toISOString();
    const caller = await this.access.callerOf(actor);
    const row = await this.find(id);
    if (!this.access.seesIssuerUnit(actor, row.issuerUnitPath)) {
      const counts = await this.assignments.counts(id, caller.visibility, now);
      this.assertSeesTask(caller, row, counts.length);
    }
    const subtreePath = query.unitId ? (await this.unit(query.unitId)).path : undefined;
    const { rows, counts } = await this.assignments.matrix(
      id,
      {
        visibility: caller.visibility,
        subtreePath,
        buckets: query.buckets,
        states: query.states,
        teamKind: query.teamKind,
        q: query.q ? foldForSearch(query.q) : undefined,
        now,
      },
      { limit: query.limit, offset: query.offset },
    );
    const countsByBucket = emptyBucketCounts();
    for (const c of counts) countsByBucket[c.bucket] += c.n;
    const nudgeable = row.status === 'published' && this.access.isIssuer(actor, row.issuerUnitPath);
    return {
      taskId: id,
      rows: rows.map((r) => toMatrixRowDto(r, nudgeable, now)),
      total: counts.reduce((sum, c) => sum + c.n, 0),
      countsByBucket,
    };
  }

  /** How many teams a target reaches, for someone who may issue from the unit. */
  async preview(actor: Actor, request: TargetPreviewRequest): Promise<TargetPreviewDto> {
    const issuer = await this.unit(request.issuerUnitId);
    if (!canIssueFrom(actor.grants, issuer)) {
      throw new DomainException(ErrorCode.TaskActorNotAllowed, 'You cannot issue tasks from this unit.', {
        unitId: issuer.id,
      });
    }
    const resolution = await this.resolver.resolve(request.target, issuer);
    return { teamCount: resolution.teams.length, counts: resolution.counts, refused: resolution.refused };
  }

  async find(id: string): Promise<TaskRow> {
    const row = await this.tasks.findById(id);
    if (!row) throw new DomainException(ErrorCode.TaskNotFound, 'There is no such task.');
    return row;
  }

  /** canSeeTask: grants covering the issuing unit, or (once published) at least one visible assignment. */
  private assertSeesTask(caller: Caller, row: TaskRow, visibleAssignments: number): void {
    if (this.access.seesIssuerUnit(caller.actor, row.issuerUnitPath)) return;
    if (row.status !== 'draft' && visibleAssignments > 0) return;
    throw new DomainException(ErrorCode.OutOfJurisdiction, 'This task is outside your jurisdiction.');
  }

  private async unit(id: string) {
    const unit = await this.units.findById(id);
    if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'There is no such unit.');
    return unit;
  }
}
