import { Injectable } from '@nestjs/common';
import type { ChannelChangeReason, MembershipDiff } from '@cdt/domain';
import type { EntityManager } from 'typeorm';
import { ChannelNotifier } from './channel-notifier';
import { ChannelsRepository } from './channels.repository';

/** A membership change to announce once committed. */
export interface MembershipNews {
  channelId: string;
  diff: MembershipDiff;
  /** What the people added hear: a new channel, new members, or a channel back in use. */
  addedReason: ChannelChangeReason;
  /** What the people removed hear: they left, or the channel was archived. */
  removedReason: ChannelChangeReason;
  /** Others told that the member list changed (a working group's members); derived channels tell nobody else. */
  alsoTell: string[];
}

/**
 * Writes membership diffs (joiners start at the channel's current seq with nothing unread; leavers keep their
 * span, closed at that seq) and then moves live sockets and tells the people concerned.
 */
@Injectable()
export class ChannelMemberships {
  constructor(
    private readonly channels: ChannelsRepository,
    private readonly notifier: ChannelNotifier,
  ) {}

  /** Applies a diff to a channel whose row the caller has locked (so `lastSeq` is the seq of this instant). */
  async apply(manager: EntityManager, channel: { id: string; lastSeq: number }, diff: MembershipDiff) {
    await this.channels.closeMembers(manager, channel.id, diff.remove, channel.lastSeq);
    await this.channels.addMembers(manager, channel.id, diff.add, channel.lastSeq);
    await this.channels.changeRoles(manager, channel.id, diff.roleChange);
  }

  publish(news: readonly MembershipNews[]): void {
    for (const item of news) {
      const added = item.diff.add.map((m) => m.userId);
      const roles = item.diff.roleChange.map((c) => c.userId);
      this.notifier.joined(added, item.channelId);
      this.notifier.left(item.diff.remove, item.channelId);
      this.notifier.changed(added, item.channelId, item.addedReason);
      this.notifier.changed(item.diff.remove, item.channelId, item.removedReason);
      this.notifier.changed(roles, item.channelId, 'role');
      const told = new Set([...added, ...item.diff.remove, ...roles]);
      this.notifier.changed(
        item.alsoTell.filter((id) => !told.has(id)),
        item.channelId,
        'members',
      );
    }
  }
}
