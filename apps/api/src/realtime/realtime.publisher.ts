import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import { rooms, type ClientToServerEvents, type ServerToClientEvents } from '@cdt/domain';

export type TypedServer = Server<ClientToServerEvents, ServerToClientEvents>;
type EventName = keyof ServerToClientEvents;

/** One room's share of a fan-out: the room and the event's arguments for it. */
export interface RoomDelivery<E extends EventName> {
  room: string;
  args: Parameters<ServerToClientEvents[E]>;
}

/** The server-side event that carries a fan-out batch to the other nodes (and the worker's headless server). */
const BATCH_EVENT = 'cdt:deliver-batch';
type Batch = { event: EventName; deliveries: RoomDelivery<EventName>[] };

/** Delivers a batch to this node's own sockets only (no cluster message per room). */
function deliverLocally(server: TypedServer, batch: Batch): void {
  const local = server.local as unknown as {
    to: (room: string) => { emit: (e: string, ...a: unknown[]) => void };
  };
  for (const { room, args } of batch.deliveries) local.to(room).emit(batch.event, ...(args as unknown[]));
}

/**
 * Sends typed events to rooms from any service. In a process without a socket server (the worker, the CLI)
 * it does nothing; with the Redis adapter, an emit on one API node reaches sockets on every node.
 */
@Injectable()
export class RealtimePublisher {
  private server: TypedServer | null = null;

  attach(server: TypedServer): void {
    this.server = server;
    server.on(BATCH_EVENT, (batch: Batch) => deliverLocally(server, batch));
  }

  /**
   * A different payload per room (e.g. 'task:published' to a thousand team rooms): each room's sockets on this
   * node get theirs directly, and ONE cluster message carries the whole batch to the other nodes, instead of a
   * cluster message per room.
   */
  toEachRoom<E extends EventName>(event: E, deliveries: readonly RoomDelivery<E>[]): void {
    if (!this.server || deliveries.length === 0) return;
    const batch = { event, deliveries } as unknown as Batch;
    deliverLocally(this.server, batch);
    this.server.serverSideEmit(BATCH_EVENT, batch);
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

  /** One emit to several rooms: a socket in more than one of them receives the event once. */
  toRooms<E extends EventName>(
    roomNames: string[],
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    if (!this.server || roomNames.length === 0) return;
    this.server.to(roomNames).emit(event, ...args);
  }

  /** Moves a user's live sockets into or out of any room (e.g. a team's, when a membership starts or ends). */
  joinRoom(userId: string, room: string): void {
    this.server?.in(rooms.user(userId)).socketsJoin(room);
  }

  leaveRoom(userId: string, room: string): void {
    this.server?.in(rooms.user(userId)).socketsLeave(room);
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
