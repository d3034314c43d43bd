import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  deleteMessage,
  editMessage,
  postMessage,
  resolveRetry,
  setMessagePinned,
  toPollDto,
  toPollUpdateDto,
  voteOnPoll,
  type ChannelMember,
  type DeleteMessageRequest,
  type EditMessageRequest,
  type Message,
  type MessageChange,
  type MessageDto,
  type PinMessageRequest,
  type PollDto,
  type SendMessageRequest,
  type VotePollRequest,
} from '@cdt/domain';
import type { EntityManager } from 'typeorm';
import { unwrap } from '../common/domain-result';
import { DomainException } from '../common/domain.exception';
import { ChannelNotifier } from './channel-notifier';
import { ChannelViews } from './channel-views';
import {
  toChannel,
  toMember,
  toMessage,
  toVote,
  type ChannelRow,
  type MemberRow,
  type MessageRow,
} from './channel.mapper';
import { ChannelsRepository } from './channels.repository';
import { MessagesRepository } from './messages.repository';
import { SenderCache } from './sender-cache';

/** The parts of a write every message operation starts from: locked channel, the actor's row, the message. */
interface WriteContext {
  manager: EntityManager;
  channel: ChannelRow;
  member: MemberRow | null;
  actorName: string | null;
}

/**
 * Writing messages. Every seq and revision is drawn under the channel's row lock, in the statement or
 * transaction that stores the change (a send: one statement; edits, deletions, pins, votes: a transaction in
 * which the domain decides on the locked channel). The live event leaves after the commit, the ack after it.
 */
@Injectable()
export class MessagesService {
  constructor(
    private readonly channels: ChannelsRepository,
    private readonly messages: MessagesRepository,
    private readonly views: ChannelViews,
    private readonly notifier: ChannelNotifier,
  ) {}

  private readonly senders = new SenderCache();

  /**
   * Stores the message (or finds the one stored under the same clientMessageId) and returns it. The domain
   * decides on a snapshot of the channel (read, or remembered from the sender's last send); one statement
   * then draws the next seq under the channel's row lock and stores the message, re-checking the snapshot's
   * premises. Should they have changed meanwhile (the author left, the channel was archived), the send is
   * decided again under the lock. A retry either finds its message on the read or hits the unique key.
   */
  async send(authorId: string, input: SendMessageRequest): Promise<MessageDto> {
    let ctx = this.senders.get(input.channelId, authorId);
    if (!ctx) {
      const read = await this.channels.writeContext(input.channelId, authorId, {
        lock: false,
        clientMessageId: input.clientMessageId,
      });
      if (!read) throw channelNotFound(input.channelId);
      const existing = read.existingId ? await this.messages.findById(read.existingId) : null;
      if (existing) return this.retried(existing, authorId, input);
      ctx = read;
    }
    let message: Message;
    try {
      const decided = await this.decideSend(authorId, input, ctx.channel, ctx.member);
      this.senders.remember(authorId, ctx);
      const stored = await this.messages.insertNext(decided, input.parentId);
      if (!stored) this.senders.forget(input.channelId, authorId);
      message = stored ? { ...decided, ...stored } : await this.sendLocked(authorId, input);
    } catch (error) {
      // The same send raced itself (two sockets, a retry before the first ack): the first one stored wins.
      if (isUniqueViolation(error, 'messages_author_client_key')) {
        const winner = await this.messages.findByClientId(authorId, input.clientMessageId);
        if (winner) return this.retried(winner, authorId, input);
      }
      throw error;
    }
    this.notifier.messageNew(this.views.freshMessageDto(message, ctx.fullName, null));
    return this.views.freshMessageDto(message, ctx.fullName, authorId);
  }

  /** The domain's decision on a send, from the channel and the sender's span as read. */
  private async decideSend(
    authorId: string,
    input: SendMessageRequest,
    channel: ChannelRow,
    sender: MemberRow | null,
    manager?: EntityManager,
  ): Promise<Message> {
    const parent = input.parentId ? await this.messages.findById(input.parentId, manager) : null;
    const mentionable = input.text.includes('@') ? await this.channels.mentionable(channel.id, manager) : [];
    const context = {
      channel: toChannel(channel),
      sender: sender ? toMember(sender) : undefined,
      parent: parent ? toMessage(parent) : null,
      mentionable,
    };
    const at = new Date().toISOString();
    return unwrap(postMessage(context, input, { messageId: randomUUID(), authorId, at })).message;
  }

  /** The send decided and stored under the channel's row lock (the rare path after a stale snapshot). */
  private sendLocked(authorId: string, input: SendMessageRequest): Promise<Message> {
    return this.write(input.channelId, authorId, async (ctx) => {
      const message = await this.decideSend(authorId, input, ctx.channel, ctx.member, ctx.manager);
      await this.messages.insert(ctx.manager, message, {
        lastSeq: message.seq,
        lastRevision: message.revision,
      });
      return message;
    });
  }

  async edit(actorId: string, input: EditMessageRequest): Promise<MessageDto> {
    return this.change(input.channelId, input.messageId, actorId, async (ctx, message) => {
      const mentionable = input.text.includes('@')
        ? await this.channels.mentionable(ctx.channel.id, ctx.manager)
        : [];
      const context = { channel: toChannel(ctx.channel), actor: actorOf(ctx), message, mentionable };
      const at = new Date().toISOString();
      const change = unwrap(editMessage(context, input.messageId, input.text, { actorId, at }));
      if (change.events.length > 0 && message) {
        await this.messages.insertAudit(ctx.manager, {
          messageId: message.id,
          channelId: message.channelId,
          actorId,
          action: 'edited',
          previousText: message.text,
          newText: change.message.text,
          pollQuestion: message.poll?.question ?? null,
          at,
        });
      }
      return change;
    });
  }

  async delete(actorId: string, input: DeleteMessageRequest): Promise<MessageDto> {
    return this.change(input.channelId, input.messageId, actorId, async (ctx, message) => {
      const at = new Date().toISOString();
      const context = { channel: toChannel(ctx.channel), actor: actorOf(ctx), message };
      const change = unwrap(deleteMessage(context, input.messageId, { actorId, at }));
      if (change.events.length > 0 && message) {
        await this.messages.insertAudit(ctx.manager, {
          messageId: message.id,
          channelId: message.channelId,
          actorId,
          action: 'deleted',
          previousText: message.text,
          newText: null,
          pollQuestion: message.poll?.question ?? null,
          at,
        });
      }
      return change;
    });
  }

  async pin(actorId: string, input: PinMessageRequest): Promise<MessageDto> {
    return this.change(input.channelId, input.messageId, actorId, async (ctx, message) => {
      const pinnedCount = await this.messages.pinnedCount(ctx.manager, ctx.channel.id);
      const context = { channel: toChannel(ctx.channel), actor: actorOf(ctx), message, pinnedCount };
      const params = { actorId, at: new Date().toISOString() };
      return unwrap(setMessagePinned(context, input.messageId, input.pinned, params));
    });
  }

  /** Records the voter's whole choice; the ack carries their own choice, the room gets the counts. */
  async vote(voterId: string, input: VotePollRequest): Promise<PollDto> {
    const at = new Date().toISOString();
    const result = await this.write(input.channelId, voterId, async (ctx) => {
      const row = await this.messages.findById(input.messageId, ctx.manager);
      const votes = row ? (await this.messages.votesOf([row.id], ctx.manager)).map(toVote) : [];
      const context = {
        channel: toChannel(ctx.channel),
        actor: actorOf(ctx),
        message: row ? toMessage(row) : null,
      };
      const change = unwrap(
        voteOnPoll({ ...context, votes }, input.messageId, input.optionIds, { voterId, at }),
      );
      await this.messages.saveVote(ctx.manager, input.messageId, voterId, change.vote);
      await this.messages.update(ctx.manager, change.message, change.counters);
      return change;
    });
    const update = toPollUpdateDto(result.message, result.votes, at);
    if (update) this.notifier.pollUpdated(update);
    if (!result.message.poll) throw new DomainException(ErrorCode.PollNotFound, 'This message has no poll.');
    return toPollDto(result.message.poll, result.votes, voterId, at);
  }

  /** Edit, delete, pin: the domain decides on the locked channel; a no-op writes and broadcasts nothing. */
  private async change(
    channelId: string,
    messageId: string,
    actorId: string,
    decide: (ctx: WriteContext, message: ReturnType<typeof toMessage> | null) => Promise<MessageChange>,
  ): Promise<MessageDto> {
    const changed = await this.write(channelId, actorId, async (ctx) => {
      const row = await this.messages.findById(messageId, ctx.manager);
      const change = await decide(ctx, row ? toMessage(row) : null);
      if (change.events.length > 0) await this.messages.update(ctx.manager, change.message, change.counters);
      return change.events.length > 0;
    });
    const row = await this.messages.findById(messageId);
    if (!row) throw new DomainException(ErrorCode.MessageNotFound, 'Message not found.', { messageId });
    const [broadcast, own] = await this.views.messageDtosFor(row, [null, actorId]);
    if (changed) this.notifier.messageUpdated(broadcast!);
    return own!;
  }

  private async write<T>(
    channelId: string,
    actorId: string,
    work: (ctx: WriteContext) => Promise<T>,
  ): Promise<T> {
    return this.messages.transaction(async (manager) => {
      const locked = await this.channels.writeContext(channelId, actorId, { lock: true }, manager);
      if (!locked) throw channelNotFound(channelId);
      return work({ manager, channel: locked.channel, member: locked.member, actorName: locked.fullName });
    });
  }

  /** A send whose clientMessageId is stored already: the same message again, or CLIENT_MESSAGE_ID_REUSED. */
  private async retried(
    existing: MessageRow,
    authorId: string,
    input: SendMessageRequest,
  ): Promise<MessageDto> {
    unwrap(resolveRetry(toMessage(existing), input.channelId, input));
    return this.views.messageDto(existing, authorId);
  }
}

const actorOf = (ctx: WriteContext): ChannelMember | undefined =>
  ctx.member ? toMember(ctx.member) : undefined;

const channelNotFound = (channelId: string) =>
  new DomainException(ErrorCode.ChannelNotFound, 'Channel not found.', { channelId });

/** Whether a database error is the unique violation of the named constraint. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  type PgError = { code?: string; constraint?: string };
  // TypeORM wraps the driver's error; statements run on the pool directly throw it as it is.
  const failed = (error as { driverError?: PgError }).driverError ?? (error as PgError);
  return failed.code === '23505' && failed.constraint === constraint;
}
