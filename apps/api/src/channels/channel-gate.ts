import { Injectable } from '@nestjs/common';
import { ErrorCode, channelAccess, type ChannelAccess } from '@cdt/domain';
import type { EntityManager } from 'typeorm';
import { DomainException } from '../common/domain.exception';
import type { ChannelRow, MemberRow } from './channel.mapper';
import { ChannelsRepository } from './channels.repository';

/** A channel with the caller's place in it and what that allows. */
export interface ChannelPlace {
  channel: ChannelRow;
  member: MemberRow | null;
  access: ChannelAccess;
  /** The newest seq the caller may read: the channel's last, or the seq a former member left at. */
  cap: number;
}

/** Loads a channel and the caller's membership; every read and write starts here. */
@Injectable()
export class ChannelGate {
  constructor(private readonly channels: ChannelsRepository) {}

  async place(channelId: string, userId: string, manager?: EntityManager): Promise<ChannelPlace> {
    const channel = await this.channels.findById(channelId, manager);
    if (!channel) throw new DomainException(ErrorCode.ChannelNotFound, 'Channel not found.', { channelId });
    return this.placeIn(channel, await this.channels.memberOf(channelId, userId, manager));
  }

  placeIn(channel: ChannelRow, member: MemberRow | null): ChannelPlace {
    const access = channelAccess(channel, member ?? undefined);
    return { channel, member, access, cap: access.readUpToSeq ?? channel.lastSeq };
  }

  /** Members (and former members, up to when they left) read; anyone else gets 403 NOT_A_CHANNEL_MEMBER. */
  async readable(channelId: string, userId: string): Promise<ChannelPlace> {
    const place = await this.place(channelId, userId);
    if (!place.access.read) throw notAMember(channelId);
    return place;
  }

  /** Current members only (live rooms, read markers). */
  async active(channelId: string, userId: string): Promise<ChannelPlace & { member: MemberRow }> {
    const place = await this.place(channelId, userId);
    if (!place.access.joinRoom || place.member === null) throw notAMember(channelId);
    return { ...place, member: place.member };
  }
}

export function notAMember(channelId: string): DomainException {
  return new DomainException(ErrorCode.NotAChannelMember, 'You are not a member of this channel.', {
    channelId,
  });
}
