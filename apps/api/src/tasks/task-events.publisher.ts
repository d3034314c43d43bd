import { Injectable, Optional } from '@nestjs/common';
import { pathIds, rooms, type AssignmentChangedPayload } from '@cdt/domain';
import { RealtimePublisher } from '../realtime/realtime.publisher';
import { RollupTrigger } from '../rollups/rollup-trigger';

/**
 * The live side of tasks: which rooms hear which event, and which units' rollups to recompute (where the
 * rollup trigger is present: not in the CLI). Call only after the change committed.
 */
@Injectable()
export class TaskEventsPublisher {
  constructor(
    private readonly realtime: RealtimePublisher,
    @Optional() private readonly rollups?: RollupTrigger,
  ) {}

  /**
   * 'task:published' to each receiving team's room, each with its own team only: the payload differs per room,
   * so the whole fan-out goes as one batch (one cluster message, direct writes to this node's sockets).
   */
  published(taskId: string, teamIds: readonly string[]): void {
    this.rollups?.teams(teamIds);
    this.realtime.toEachRoom(
      'task:published',
      teamIds.map((teamId) => ({ room: rooms.team(teamId), args: [{ taskId, teamIds: [teamId] }] })),
    );
  }

  /**
   * 'assignment:changed' to the team's room, the issuing unit's room and every unit room from the province
   * down to the team's unit (dashboards watching any unit above), in one emit: a socket in several hears it once.
   */
  assignmentChanged(payload: AssignmentChangedPayload, teamUnitPath: string, issuerUnitId: string): void {
    this.rollups?.unitPaths([teamUnitPath]);
    const unitIds = new Set([...pathIds(teamUnitPath), issuerUnitId]);
    this.realtime.toRooms(
      [rooms.team(payload.teamId), ...[...unitIds].map(rooms.unit)],
      'assignment:changed',
      payload,
    );
  }

  /** 'task:changed' (clients refetch) to the issuing unit and its ancestors, and to the given teams' rooms. */
  taskChanged(taskId: string, issuerUnitPath: string, teamIds: readonly string[] = []): void {
    // A deadline moved or assignments cancelled: the teams' buckets change.
    this.rollups?.teams(teamIds);
    this.realtime.toRooms(
      [...pathIds(issuerUnitPath).map(rooms.unit), ...teamIds.map(rooms.team)],
      'task:changed',
      { taskId },
    );
  }
}
