import { Injectable } from '@nestjs/common';
import { rooms } from '@cdt/domain';
import { ChannelsRepository } from './channels.repository';

/**
 * Server-side room of a channel's active members: every socket of theirs is in it from the handshake on, so a
 * new message reaches them (as an unread bump) without a per-message member query. Clients never join it;
 * they join `rooms.channel` (after the membership check) for the live edits, votes and read markers.
 */
export const channelMembersRoom = (channelId: string): string => `channel-members:${channelId}`;

/** The rooms a socket joins at the handshake for its user's channels. */
@Injectable()
export class ChannelRooms {
  constructor(private readonly channels: ChannelsRepository) {}

  async forUser(userId: string): Promise<string[]> {
    return (await this.channels.activeChannelIdsOf(userId)).map(channelMembersRoom);
  }
}

/** Where a new message goes: the open channel's room and every member's sockets (once each). */
export function newMessageRooms(channelId: string): string[] {
  return [rooms.channel(channelId), channelMembersRoom(channelId)];
}
