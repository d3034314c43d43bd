import { Logger } from '@nestjs/common';
import { type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { rooms } from '@cdt/domain';
import { ActorService } from '../access/actor.service';
import type { Actor } from '../common/current-user';
import { mapError } from '../common/error-mapping';
import { RealtimePublisher, type TypedServer } from './realtime.publisher';

export interface SocketData {
  actor: Actor;
}

/**
 * The socket.io endpoint (same origin, path /socket.io). The handshake carries the access token in
 * `auth.token`; a missing, expired or forged token fails the connection with the error's code as `data`.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false, cors: false })
export class RealtimeGateway implements OnGatewayInit<TypedServer> {
  private readonly logger = new Logger(RealtimeGateway.name);

  constructor(
    private readonly actors: ActorService,
    private readonly publisher: RealtimePublisher,
  ) {}

  afterInit(server: TypedServer): void {
    this.publisher.attach(server);
    server.use((socket, next) => {
      const auth = socket.handshake.auth as { token?: unknown };
      const token = typeof auth.token === 'string' ? auth.token : undefined;
      this.actors.fromAccessToken(token).then(
        (actor) => {
          (socket.data as SocketData).actor = actor;
          next();
        },
        (error: unknown) => {
          const { body } = mapError(error);
          next(Object.assign(new Error(body.message), { data: body }));
        },
      );
    });
    server.on('connection', (socket: Socket) => this.onConnection(socket));
  }

  private onConnection(socket: Socket): void {
    const { actor } = socket.data as SocketData;
    const unitIds = [...new Set(actor.grants.map((g) => g.unitId))];
    void socket.join([rooms.user(actor.userId), ...unitIds.map(rooms.unit)]);
    socket.emit('session:ready', { userId: actor.userId, unitIds });
    this.logger.debug({ userId: actor.userId, socketId: socket.id }, 'socket connected');
  }
}
