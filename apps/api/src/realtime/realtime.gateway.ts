import { Logger } from '@nestjs/common';
import { type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { rooms } from '@cdt/domain';
import { ActorService } from '../access/actor.service';
import { ChannelRooms } from '../channels/channel-rooms';
import type { Actor } from '../common/current-user';
import { mapError } from '../common/error-mapping';
import { MembershipsRepository } from '../teams/memberships.repository';
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
    private readonly memberships: MembershipsRepository,
    private readonly channelRooms: ChannelRooms,
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
    server.on('connection', (socket: Socket) => void this.onConnection(socket));
  }

  private async onConnection(socket: Socket): Promise<void> {
    const { actor } = socket.data as SocketData;
    const unitIds = [...new Set(actor.grants.map((g) => g.unitId))];
    // A team's members hear about their team even without a grant on its unit; channel members get new messages.
    const [teamIds, channelRooms] = await Promise.all([
      this.memberships.activeOfPerson(actor.userId).then(
        (mine) => mine.map((m) => m.teamId),
        (error: unknown) => {
          this.logger.warn({ err: error, userId: actor.userId }, 'team rooms not joined');
          return [];
        },
      ),
      this.channelRooms.forUser(actor.userId).catch((error: unknown) => {
        this.logger.warn({ err: error, userId: actor.userId }, 'channel rooms not joined');
        return [];
      }),
    ]);
    await socket.join([
      rooms.user(actor.userId),
      ...unitIds.map(rooms.unit),
      ...teamIds.map(rooms.team),
      ...channelRooms,
    ]);
    socket.emit('session:ready', { userId: actor.userId, unitIds });
    this.logger.debug({ userId: actor.userId, socketId: socket.id }, 'socket connected');
  }
}
