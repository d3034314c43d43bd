import { Injectable, Logger } from '@nestjs/common';
import {
  deriveChannels,
  planChannelSync,
  type ChannelMemberSpec,
  type DesiredChannel,
  type StoredDerivedChannel,
} from '@cdt/domain';
import type { EntityManager } from 'typeorm';
import { ChannelMemberships, type MembershipNews } from './channel-memberships';
import { ChannelsRepository, type StoredChannelRow } from './channels.repository';
import { DerivationRepository } from './derivation.repository';

export interface SyncSummary {
  created: number;
  updated: number;
  archived: number;
  /** Memberships opened and closed. */
  joined: number;
  left: number;
  ms: number;
}

interface StoredChannel extends StoredDerivedChannel {
  id: string;
  teamId: string | null;
}

/**
 * Keeps the derived channels (commune, village, announcement) in step with the hierarchy, rosters, offices and
 * steering grants: derive the whole tree, diff against what is stored, apply. Runs under a transaction-level
 * advisory lock, so syncs from several API processes follow one another and each sees the previous one's work.
 */
@Injectable()
export class ChannelSyncService {
  private readonly logger = new Logger(ChannelSyncService.name);

  constructor(
    private readonly channels: ChannelsRepository,
    private readonly derivation: DerivationRepository,
    private readonly memberships: ChannelMemberships,
  ) {}

  /** Waits for any other sync, then syncs. */
  syncAll(): Promise<SyncSummary> {
    return this.run(false) as Promise<SyncSummary>;
  }

  /** Syncs unless another process is syncing right now (a periodic pass can skip a turn); null when skipped. */
  syncIfIdle(): Promise<SyncSummary | null> {
    return this.run(true);
  }

  private async run(skipIfBusy: boolean): Promise<SyncSummary | null> {
    const started = Date.now();
    const news: MembershipNews[] = [];
    const summary = await this.channels.transaction(async (manager) => {
      if (!(await this.channels.syncLock(manager, skipIfBusy))) return null;
      const desired = deriveChannels(await this.derivation.wholeTree(manager));
      const stored = groupStored(await this.channels.storedDerived(manager));
      return this.apply(manager, stored, desired, news);
    });
    if (!summary) return null;
    this.memberships.publish(news);
    const result = { ...summary, ms: Date.now() - started };
    if (result.created + result.updated + result.archived > 0) this.logger.log(result, 'channels synced');
    return result;
  }

  private async apply(
    manager: EntityManager,
    stored: StoredChannel[],
    desired: DesiredChannel[],
    news: MembershipNews[],
  ): Promise<Omit<SyncSummary, 'ms'>> {
    const plan = planChannelSync(stored, desired);
    const storedByKey = new Map(stored.map((c) => [c.key, c]));
    let joined = 0;
    let left = 0;

    const createdIds = await this.channels.insertMany(
      manager,
      plan.create.map((c) => ({ ...c, title: null, createdBy: null })),
    );
    const opened = plan.create.flatMap((c) => {
      const channelId = createdIds.get(c.key);
      return channelId ? c.members.map((m) => ({ channelId, userId: m.userId, role: m.role, atSeq: 0 })) : [];
    });
    await this.channels.addMembersMany(manager, opened);
    joined += opened.length;
    for (const c of plan.create) {
      const channelId = createdIds.get(c.key);
      if (channelId) news.push(newsOf(channelId, { add: c.members, remove: [], roleChange: [] }, 'created'));
    }

    const locked = new Map(
      (
        await this.channels.lockByKeys(manager, [
          ...plan.update.map((u) => u.key),
          ...plan.archive.map((a) => a.key),
        ])
      ).map((c) => [c.key, c]),
    );
    for (const { key, diff, reactivate } of plan.update) {
      const channel = locked.get(key);
      if (!channel) continue;
      if (reactivate) await this.channels.setStatus(manager, channel.id, 'active');
      await this.memberships.apply(manager, channel, diff);
      joined += diff.add.length;
      left += diff.remove.length;
      news.push(newsOf(channel.id, diff, reactivate ? 'reactivated' : 'members'));
    }
    for (const { key, diff } of plan.archive) {
      const channel = locked.get(key);
      if (!channel) continue;
      await this.memberships.apply(manager, channel, diff);
      await this.channels.setStatus(manager, channel.id, 'archived');
      left += diff.remove.length;
      news.push({ ...newsOf(channel.id, diff, 'members'), removedReason: 'archived' });
    }

    // A team re-formed on the same unit takes over the unit's channel (the key is the unit's).
    for (const channel of desired) {
      const current = storedByKey.get(channel.key);
      if (current && current.teamId !== channel.teamId) {
        await this.channels.setTeam(manager, current.id, channel.teamId);
      }
    }
    return {
      created: plan.create.length,
      updated: plan.update.length,
      archived: plan.archive.length,
      joined,
      left,
    };
  }
}

function newsOf(
  channelId: string,
  diff: MembershipNews['diff'],
  addedReason: MembershipNews['addedReason'],
): MembershipNews {
  return { channelId, diff, addedReason, removedReason: 'left', alsoTell: [] };
}

/** One stored channel per key, with its active members. */
function groupStored(rows: readonly StoredChannelRow[]): StoredChannel[] {
  const byKey = new Map<string, StoredChannel & { members: ChannelMemberSpec[] }>();
  for (const row of rows) {
    let channel = byKey.get(row.key);
    if (!channel) {
      channel = {
        id: row.id,
        key: row.key,
        kind: row.kind,
        status: row.status,
        teamId: row.teamId,
        members: [],
      };
      byKey.set(row.key, channel);
    }
    if (row.userId !== null && row.role !== null)
      channel.members.push({ userId: row.userId, role: row.role });
  }
  return [...byKey.values()];
}
