import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import {
  channelJoinSchema,
  deleteMessageSchema,
  editMessageSchema,
  markReadSchema,
  pinMessageSchema,
  rooms,
  sendMessageSchema,
  syncRequestSchema,
  votePollSchema,
  type Ack,
  type MessageDto,
  type PollDto,
  type ReadStateDto,
  type SyncResultDto,
} from '@cdt/domain';
import type { SocketData } from '../realtime/realtime.gateway';
import { validatedAck } from '../realtime/socket-ack';
import { HistoryService } from './history.service';
import { MessagesService } from './messages.service';
import { ReadStateService, type JoinedChannel } from './read-state.service';

const userOf = (socket: Socket): string => (socket.data as SocketData).actor.userId;

/**
 * The messaging hub's client events (typed in @cdt/domain's ClientToServerEvents): every payload is validated,
 * every answer is an ack `{ ok: true, data }` or `{ ok: false, error: { code, message, details? } }`.
 */
@WebSocketGateway({ path: '/socket.io' })
export class ChannelsGateway {
  constructor(
    private readonly messages: MessagesService,
    private readonly history: HistoryService,
    private readonly reads: ReadStateService,
  ) {}

  /** Follow a channel live (members only); the ack gives the counters to sync from. */
  @SubscribeMessage('channel:join')
  join(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown): Promise<Ack<JoinedChannel>> {
    return validatedAck(channelJoinSchema, payload, async ({ channelId }) => {
      const joined = await this.reads.join(userOf(socket), channelId);
      await socket.join(rooms.channel(channelId));
      return joined;
    });
  }

  @SubscribeMessage('channel:leave')
  leave(
    @ConnectedSocket() socket: Socket,
    @MessageBody() payload: unknown,
  ): Promise<Ack<{ channelId: string }>> {
    return validatedAck(channelJoinSchema, payload, async ({ channelId }) => {
      await socket.leave(rooms.channel(channelId));
      return { channelId };
    });
  }

  @SubscribeMessage('message:send')
  send(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown): Promise<Ack<MessageDto>> {
    return validatedAck(sendMessageSchema, payload, (input) => this.messages.send(userOf(socket), input));
  }

  @SubscribeMessage('message:edit')
  edit(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown): Promise<Ack<MessageDto>> {
    return validatedAck(editMessageSchema, payload, (input) => this.messages.edit(userOf(socket), input));
  }

  @SubscribeMessage('message:delete')
  delete(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown): Promise<Ack<MessageDto>> {
    return validatedAck(deleteMessageSchema, payload, (input) => this.messages.delete(userOf(socket), input));
  }

  @SubscribeMessage('message:pin')
  pin(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown): Promise<Ack<MessageDto>> {
    return validatedAck(pinMessageSchema, payload, (input) => this.messages.pin(userOf(socket), input));
  }

  @SubscribeMessage('poll:vote')
  vote(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown): Promise<Ack<PollDto>> {
    return validatedAck(votePollSchema, payload, (input) => this.messages.vote(userOf(socket), input));
  }

  @SubscribeMessage('channel:read')
  read(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown): Promise<Ack<ReadStateDto>> {
    return validatedAck(markReadSchema, payload, (input) => this.reads.markRead(userOf(socket), input));
  }

  /** Exactly the gap after the client's last seq (and the changes after its last revision). */
  @SubscribeMessage('channel:sync')
  sync(@ConnectedSocket() socket: Socket, @MessageBody() payload: unknown): Promise<Ack<SyncResultDto>> {
    return validatedAck(syncRequestSchema, payload, (input) => this.history.sync(userOf(socket), input));
  }
}
