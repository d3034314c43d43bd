import { Injectable } from '@nestjs/common';
import {
  rooms,
  type ChannelChangeReason,
  type MessageDto,
  type PollUpdateDto,
  type ReadStateDto,
} from '@cdt/domain';
import { RealtimePublisher } from '../realtime/realtime.publisher';
import { channelMembersRoom, newMessageRooms } from './channel-rooms';

/** Every live event of the messaging hub, sent after the change committed. */
@Injectable()
export class ChannelNotifier {
  constructor(private readonly realtime: RealtimePublisher) {}

  /** To the open channel and, as an unread bump, to every member's sockets; each socket gets it once. */
  messageNew(message: MessageDto): void {
    this.realtime.toRooms(newMessageRooms(message.channelId), 'message:new', message);
  }

  /** Edits, tombstones and pins matter to those who have the channel open (others refetch on opening). */
  messageUpdated(message: MessageDto): void {
    this.realtime.toRooms([rooms.channel(message.channelId)], 'message:updated', message);
  }

  pollUpdated(update: PollUpdateDto): void {
    this.realtime.toRooms([rooms.channel(update.channelId)], 'poll:updated', update);
  }

  /** To the reader's other devices and to the open channel (for "seen by"). */
  read(state: ReadStateDto): void {
    this.realtime.toRooms([rooms.channel(state.channelId), rooms.user(state.userId)], 'channel:read', state);
  }

  changed(userIds: readonly string[], channelId: string, reason: ChannelChangeReason): void {
    if (userIds.length === 0) return;
    this.realtime.toRooms([...new Set(userIds)].map(rooms.user), 'channel:changed', { channelId, reason });
  }

  /** New members' live sockets start receiving the channel's messages. */
  joined(userIds: readonly string[], channelId: string): void {
    for (const userId of userIds) this.realtime.joinRoom(userId, channelMembersRoom(channelId));
  }

  /** Former members' sockets stop receiving anything of the channel, open or not. */
  left(userIds: readonly string[], channelId: string): void {
    for (const userId of userIds) {
      this.realtime.leaveRoom(userId, channelMembersRoom(channelId));
      this.realtime.leaveRoom(userId, rooms.channel(channelId));
    }
  }
}
