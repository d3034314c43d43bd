import { Injectable } from '@nestjs/common';
import {
  ChannelUnitIndex,
  ErrorCode,
  markChannelRead,
  seenBy,
  summarizeSeen,
  type MarkReadRequest,
  type ReadStateDto,
  type SeenByDto,
  type SeenSummaryDto,
  type UnitKind,
} from '@cdt/domain';
import { DomainException } from '../common/domain.exception';
import { ChannelGate } from './channel-gate';
import { ChannelNotifier } from './channel-notifier';
import { toMember } from './channel.mapper';
import { ChannelsRepository } from './channels.repository';
import { DerivationRepository } from './derivation.repository';
import { MessagesRepository } from './messages.repository';

/** What a socket needs to follow a channel live: the counters to sync from and its own read marker. */
export interface JoinedChannel {
  channelId: string;
  lastSeq: number;
  lastRevision: number;
  lastReadSeq: number;
}

/** Read markers, "seen by", and the membership check before a socket joins a channel's live room. */
@Injectable()
export class ReadStateService {
  constructor(
    private readonly gate: ChannelGate,
    private readonly channels: ChannelsRepository,
    private readonly messages: MessagesRepository,
    private readonly derivation: DerivationRepository,
    private readonly notifier: ChannelNotifier,
  ) {}

  /** Only current members may follow a channel live (403 NOT_A_CHANNEL_MEMBER otherwise). */
  async join(userId: string, channelId: string): Promise<JoinedChannel> {
    const { channel, member } = await this.gate.active(channelId, userId);
    return {
      channelId,
      lastSeq: channel.lastSeq,
      lastRevision: channel.lastRevision,
      lastReadSeq: member.lastReadSeq,
    };
  }

  /** Moves the caller's read marker forward (never back); tells their other devices and the open channel. */
  async markRead(userId: string, input: MarkReadRequest): Promise<ReadStateDto> {
    const { channel, member } = await this.gate.active(input.channelId, userId);
    const next = markChannelRead(toMember(member), input.seq, channel.lastSeq);
    if (!next.changed) return { channelId: channel.id, userId, lastReadSeq: member.lastReadSeq };
    const lastReadSeq = await this.channels.markRead(member.id, next.member.lastReadSeq);
    const state = { channelId: channel.id, userId, lastReadSeq };
    this.notifier.read(state);
    return state;
  }

  /**
   * Who has seen a message: the people it was shown to (members when it was posted, not its author) who read
   * up to it. For announcements, summed per unit below (villages of a commune, communes of a district).
   */
  async seen(userId: string, messageId: string): Promise<SeenByDto | SeenSummaryDto> {
    const row = await this.messages.findById(messageId);
    if (!row) throw new DomainException(ErrorCode.MessageNotFound, 'Message not found.', { messageId });
    const place = await this.gate.readable(row.channelId, userId);
    if (row.seq > place.cap) {
      throw new DomainException(ErrorCode.MessageNotFound, 'Message not found.', { messageId });
    }
    const spans = (await this.channels.spans(row.channelId)).map(toMember);
    const message = { seq: row.seq, authorId: row.authorId };
    const unitId = place.channel.unitId;
    if (place.channel.kind !== 'announcement' || unitId === null) {
      const seen = seenBy(message, spans);
      const people = await this.channels.people(seen.seenUserIds);
      return { messageId, seq: row.seq, audience: seen.audience, seenBy: people };
    }
    const input = await this.derivation.subtree(unitId);
    const index = new ChannelUnitIndex(input.units);
    const level: UnitKind = index.get(unitId)?.kind === 'commune' ? 'village' : 'commune';
    const teamUnits = new Map(input.teams.map((t) => [t.id, t.unitId]));
    const unitsOf = new Map<string, string[]>();
    for (const m of input.memberships) {
      const teamUnit = teamUnits.get(m.teamId);
      const unit = teamUnit === undefined ? undefined : index.nearestOfKind(teamUnit, level);
      if (unit) unitsOf.set(m.userId, [...(unitsOf.get(m.userId) ?? []), unit.id]);
    }
    const summary = summarizeSeen(message, spans, unitsOf);
    const names = new Map(
      (await this.derivation.unitNames(summary.units.map((u) => u.unitId))).map((u) => [u.id, u]),
    );
    return {
      messageId,
      seq: row.seq,
      audience: summary.audience,
      seen: summary.seen,
      units: summary.units.map((u) => ({
        unit: names.get(u.unitId) ?? { id: u.unitId, name: '', kind: level },
        members: u.members,
        seen: u.seen,
      })),
      unitsTotal: summary.unitsTotal,
      unitsSeen: summary.unitsSeen,
    };
  }
}
