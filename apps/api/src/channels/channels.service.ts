import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  addWorkingGroupMembers,
  channelKeys,
  createWorkingGroup,
  messagingScopes,
  openDirectChannel,
  removeWorkingGroupMember,
  type AddGroupMembersRequest,
  type ChannelDto,
  type ChannelMemberDto,
  type CreateWorkingGroupRequest,
  type DerivationInput,
  type ListChannelsQuery,
  type MembershipDiff,
  type MessagingScope,
  type OpenDirectChannelRequest,
} from '@cdt/domain';
import type { EntityManager } from 'typeorm';
import { unwrap } from '../common/domain-result';
import { DomainException } from '../common/domain.exception';
import { ChannelGate } from './channel-gate';
import { ChannelMemberships } from './channel-memberships';
import { ChannelViews } from './channel-views';
import { toChannel, toMember, type ChannelRow } from './channel.mapper';
import { ChannelListRepository } from './channel-list.repository';
import { ChannelsRepository } from './channels.repository';
import { DerivationRepository } from './derivation.repository';

/** Channels as people see and shape them: their list, members, working groups and one-to-one conversations. */
@Injectable()
export class ChannelsService {
  constructor(
    private readonly channels: ChannelsRepository,
    private readonly channelList: ChannelListRepository,
    private readonly derivation: DerivationRepository,
    private readonly gate: ChannelGate,
    private readonly views: ChannelViews,
    private readonly memberships: ChannelMemberships,
  ) {}

  async list(userId: string, query: ListChannelsQuery): Promise<ChannelDto[]> {
    const rows = await this.channelList.cards(userId, { kind: query.kind, includeLeft: query.includeLeft });
    return rows.map((row) => this.views.channelDto(row));
  }

  async get(userId: string, channelId: string): Promise<ChannelDto> {
    await this.gate.readable(channelId, userId);
    const [row] = await this.channelList.cards(userId, { channelId, includeLeft: true });
    if (!row) throw new DomainException(ErrorCode.ChannelNotFound, 'Channel not found.', { channelId });
    return this.views.channelDto(row);
  }

  /**
   * Active members. An announcement's readers (every team below the unit) see only its officials; those who
   * post there see everyone, with their read markers.
   */
  async members(userId: string, channelId: string): Promise<ChannelMemberDto[]> {
    const place = await this.gate.readable(channelId, userId);
    const rows = await this.channels.membersWithPeople(channelId);
    const seesReaders = place.channel.kind !== 'announcement' || place.access.post;
    return rows
      .filter((r) => seesReaders || r.role !== 'reader')
      .map((r) => ({
        person: { id: r.userId, fullName: r.fullName, phone: r.phone },
        username: r.username,
        role: r.role,
        lastReadSeq: r.lastReadSeq,
      }));
  }

  async createWorkingGroup(userId: string, input: CreateWorkingGroupRequest): Promise<ChannelDto> {
    await this.assertPeopleExist(input.memberIds);
    const scopes = await this.scopesOf([userId, ...input.memberIds]);
    const plan = unwrap(
      createWorkingGroup(
        { userId, scopes: scopes(userId) },
        input.title,
        input.memberIds.map((id) => ({ userId: id, scopes: scopes(id) })),
      ),
    );
    const id = randomUUID();
    await this.channels.transaction(async (manager) => {
      await this.channels.insert(manager, {
        id,
        key: channelKeys.workingGroup(id),
        kind: 'working_group',
        unitId: null,
        teamId: null,
        title: plan.title,
        createdBy: userId,
      });
      await this.channels.addMembers(manager, id, plan.members, 0);
    });
    const diff: MembershipDiff = { add: plan.members, remove: [], roleChange: [] };
    this.memberships.publish([
      { channelId: id, diff, addedReason: 'created', removedReason: 'left', alsoTell: [] },
    ]);
    return this.get(userId, id);
  }

  /** An owner adds people to a working group (or changes their role); everyone reachable from the owner. */
  async addGroupMembers(
    userId: string,
    channelId: string,
    input: AddGroupMembersRequest,
  ): Promise<ChannelMemberDto[]> {
    const candidateIds = input.members.map((m) => m.userId);
    await this.assertPeopleExist(candidateIds);
    const scopes = await this.scopesOf([userId, ...candidateIds]);
    await this.changeGroup(channelId, (channel, members) =>
      addWorkingGroupMembers(
        toChannel(channel),
        members,
        { userId, scopes: scopes(userId) },
        input.members.map((m) => ({ userId: m.userId, role: m.role, scopes: scopes(m.userId) })),
      ),
    );
    return this.members(userId, channelId);
  }

  /** An owner removes someone, or a member leaves the group (`targetId` is themselves). */
  async removeGroupMember(userId: string, channelId: string, targetId: string): Promise<ChannelMemberDto[]> {
    await this.changeGroup(channelId, (channel, members) =>
      removeWorkingGroupMember(toChannel(channel), members, userId, targetId),
    );
    return this.members(userId, channelId);
  }

  /** Opens the conversation with another person, or returns the one that exists (reachability is checked once). */
  async openDirect(userId: string, input: OpenDirectChannelRequest): Promise<ChannelDto> {
    await this.assertPeopleExist([input.userId]);
    const existing = await this.channels.findByKey(channelKeys.direct(userId, input.userId));
    if (existing) return this.get(userId, existing.id);
    const scopes = await this.scopesOf([userId, input.userId]);
    const plan = unwrap(
      openDirectChannel(
        { userId, scopes: scopes(userId) },
        { userId: input.userId, scopes: scopes(input.userId) },
      ),
    );
    const opened = await this.channels.transaction(async (manager) => {
      const channel = await this.channels.insert(manager, {
        key: plan.key,
        kind: 'direct',
        unitId: null,
        teamId: null,
        title: null,
        createdBy: userId,
      });
      if (channel.created) await this.channels.addMembers(manager, channel.id, plan.members, 0);
      return channel;
    });
    if (opened.created) {
      const diff: MembershipDiff = { add: plan.members, remove: [], roleChange: [] };
      this.memberships.publish([
        { channelId: opened.id, diff, addedReason: 'created', removedReason: 'left', alsoTell: [] },
      ]);
    }
    return this.get(userId, opened.id);
  }

  /** Runs a working-group membership rule on the locked channel and its members, applies and announces it. */
  private async changeGroup(
    channelId: string,
    decide: (
      channel: ChannelRow,
      members: ReturnType<typeof toMember>[],
    ) => ReturnType<typeof removeWorkingGroupMember>,
  ): Promise<void> {
    const result = await this.channels.transaction(async (manager: EntityManager) => {
      const channel = await this.channels.lock(manager, channelId);
      if (!channel) throw new DomainException(ErrorCode.ChannelNotFound, 'Channel not found.', { channelId });
      const members = (await this.channels.activeMembers(channelId, manager)).map(toMember);
      const diff = unwrap(decide(channel, members));
      await this.memberships.apply(manager, channel, diff);
      const removed = new Set(diff.remove);
      return { diff, remaining: members.map((m) => m.userId).filter((id) => !removed.has(id)) };
    });
    this.memberships.publish([
      {
        channelId,
        diff: result.diff,
        addedReason: 'members',
        removedReason: 'left',
        alsoTell: result.remaining,
      },
    ]);
  }

  private async assertPeopleExist(ids: string[]): Promise<void> {
    const found = await this.channels.existingUsers(ids);
    const missing = [...new Set(ids)].filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new DomainException(ErrorCode.UserNotFound, 'Unknown person.', { userIds: missing });
    }
  }

  /** Each person's messaging scopes (teams, offices, grants), from one load. */
  private async scopesOf(userIds: string[]): Promise<(userId: string) => MessagingScope[]> {
    const input: DerivationInput = await this.derivation.ofPeople(userIds);
    return (userId) => messagingScopes(userId, input);
  }
}
