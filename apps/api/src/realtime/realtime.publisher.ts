import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import { rooms, type ClientToServerEvents, type ServerToClientEvents } from '@cdt/domain';

export type TypedServer = Server<ClientToServerEvents, ServerToClientEvents>;
type EventName = keyof ServerToClientEvents;

/**
 * Sends typed events to rooms from any service. In a process without a socket server (the worker, the CLI)
 * it does nothing; with the Redis adapter, an emit on one API node reaches sockets on every node.
 */
@Injectable()
export class RealtimePublisher {
  private server: TypedServer | null = null;

  attach(server: TypedServer): void {
    this.server = server;
  }

  toUser<E extends EventName>(userId: string, event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.server?.to(rooms.user(userId)).emit(event, ...args);
  }

  toUnits<E extends EventName>(
    unitIds: string[],
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    if (!this.server || unitIds.length === 0) return;
    this.server.to(unitIds.map(rooms.unit)).emit(event, ...args);
  }

  /** Moves a user's live sockets into or out of a unit's room when a grant is added or revoked. */
  joinUnit(userId: string, unitId: string): void {
    this.server?.in(rooms.user(userId)).socketsJoin(rooms.unit(unitId));
  }

  leaveUnit(userId: string, unitId: string): void {
    this.server?.in(rooms.user(userId)).socketsLeave(rooms.unit(unitId));
  }

  /** Drops every socket of a user (access revoked or account disabled): they must reconnect and re-authenticate. */
  disconnectUser(userId: string): void {
    this.server?.in(rooms.user(userId)).disconnectSockets(true);
  }
}
