import { Injectable, Logger } from '@nestjs/common';
import { pathIds, rooms, type TeamDomainEvent } from '@cdt/domain';
import { RealtimePublisher } from '../realtime/realtime.publisher';

export type TeamEventListener = (event: TeamDomainEvent) => void | Promise<void>;

/** In-process bus of the team registry's domain events: channels and the dashboard subscribe here. */
@Injectable()
export class TeamEventBus {
  private readonly logger = new Logger(TeamEventBus.name);
  private readonly listeners = new Set<TeamEventListener>();

  /** Adds a listener; the returned function removes it. */
  subscribe(listener: TeamEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Delivers every event to every listener; a failing listener stops neither the others nor the caller. */
  emit(events: readonly TeamDomainEvent[]): void {
    for (const event of events) {
      for (const listener of this.listeners) {
        try {
          const pending = listener(event);
          if (pending instanceof Promise) pending.catch((error: unknown) => this.failed(event, error));
        } catch (error) {
          this.failed(event, error);
        }
      }
    }
  }

  private failed(event: TeamDomainEvent, error: unknown): void {
    this.logger.error({ err: error, type: event.type, teamId: event.teamId }, 'team event listener failed');
  }
}

/** The person an event is about (the applicant, the member who joined or left), if any. */
function subjectOf(event: TeamDomainEvent): string | null {
  const payload = event.payload as { subjectId?: string; personId?: string };
  return payload.subjectId ?? payload.personId ?? null;
}

function requestIdOf(event: TeamDomainEvent): string | undefined {
  return (event.payload as { requestId?: string | null }).requestId ?? undefined;
}

/** Hands committed changes to the bus and pushes one live 'teams:changed' per team to the rooms that show it. */
@Injectable()
export class TeamEventsPublisher {
  constructor(
    private readonly bus: TeamEventBus,
    private readonly realtime: RealtimePublisher,
  ) {}

  /**
   * Call after the transaction committed. `unitPaths` maps each team to its unit's path: the socket event
   * goes to the rooms of the unit and every ancestor, to the team's room, and to each person concerned.
   */
  publish(events: readonly TeamDomainEvent[], unitPaths: ReadonlyMap<string, string>): void {
    if (events.length === 0) return;
    this.bus.emit(events);
    for (const event of events) {
      if (event.type === 'MembershipStarted') {
        this.realtime.joinRoom(event.payload.personId, rooms.team(event.teamId));
      }
    }
    const byTeam = new Map<string, TeamDomainEvent[]>();
    for (const event of events) byTeam.set(event.teamId, [...(byTeam.get(event.teamId) ?? []), event]);
    for (const [teamId, teamEvents] of byTeam) {
      const unitIds = pathIds(unitPaths.get(teamId) ?? '');
      const subjects = [...new Set(teamEvents.map(subjectOf).filter((id): id is string => id !== null))];
      const requestId = teamEvents.map(requestIdOf).find((id) => id !== undefined);
      this.realtime.toRooms(
        [...unitIds.map(rooms.unit), rooms.team(teamId), ...subjects.map(rooms.user)],
        'teams:changed',
        { teamId, unitIds, type: teamEvents[0]!.type, ...(requestId ? { requestId } : {}) },
      );
    }
    for (const event of events) {
      if (event.type === 'MembershipEnded') {
        this.realtime.leaveRoom(event.payload.personId, rooms.team(event.teamId));
      }
    }
  }
}
