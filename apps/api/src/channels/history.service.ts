import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  buildHistoryPage,
  decodeHistoryCursor,
  encodeHistoryCursor,
  historyWindow,
  messageSearchTerms,
  searchLikePattern,
  type HistoryPageDto,
  type HistoryQueryRequest,
  type MessageDto,
  type SearchQueryRequest,
  type SearchResultDto,
  type SyncRequest,
  type SyncResultDto,
} from '@cdt/domain';
import { unwrap } from '../common/domain-result';
import { DomainException } from '../common/domain.exception';
import { ChannelGate } from './channel-gate';
import { ChannelViews } from './channel-views';
import { MessagesRepository } from './messages.repository';

/** Past messages for members (and former members, up to when they left): pages, search, pins, the sync gap. */
@Injectable()
export class HistoryService {
  constructor(
    private readonly gate: ChannelGate,
    private readonly messages: MessagesRepository,
    private readonly views: ChannelViews,
  ) {}

  /** A page of the channel (replies included, so seqs run unbroken) or, with parentId, of one thread. */
  async page(userId: string, channelId: string, query: HistoryQueryRequest): Promise<HistoryPageDto> {
    const place = await this.gate.readable(channelId, userId);
    const window = unwrap(historyWindow(query, place.access.readUpToSeq));
    if (query.parentId) {
      const root = await this.messages.findById(query.parentId);
      if (!root || root.channelId !== channelId || root.seq > place.cap) {
        throw new DomainException(ErrorCode.MessageNotFound, 'Message not found.', {
          messageId: query.parentId,
        });
      }
    }
    const rows = await this.messages.page(channelId, window, query.parentId ?? null);
    const page = buildHistoryPage(rows, window);
    return { ...page, items: await this.views.messageDtos(page.items, userId) };
  }

  /** Messages whose text (or poll) holds every word of the query, ignoring case and diacritics; newest first. */
  async search(userId: string, channelId: string, query: SearchQueryRequest): Promise<SearchResultDto> {
    const place = await this.gate.readable(channelId, userId);
    const terms = messageSearchTerms(query.q);
    if (terms.length === 0) {
      throw new DomainException(ErrorCode.ValidationFailed, 'Type a word to search for.', [
        { path: 'q', message: 'no searchable word' },
      ]);
    }
    let below = place.cap + 1;
    if (query.before !== undefined) below = Math.min(below, unwrap(decodeHistoryCursor(query.before)));
    const rows = await this.messages.search(channelId, terms.map(searchLikePattern), below, query.limit);
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return {
      items: await this.views.messageDtos(items, userId),
      olderCursor: rows.length > query.limit && last ? encodeHistoryCursor(last.seq) : null,
    };
  }

  /** Pinned messages, most recently pinned first. */
  async pins(userId: string, channelId: string): Promise<MessageDto[]> {
    const place = await this.gate.readable(channelId, userId);
    return this.views.messageDtos(await this.messages.pinned(channelId, place.cap), userId);
  }

  /**
   * Exactly the gap a reconnecting client missed: older messages changed after `afterRevision`, then every
   * message after `afterSeq` (up to `limit`; `hasMore` asks for another round). The channel is read first,
   * so the counters returned never claim a change the messages do not hold.
   */
  async sync(userId: string, input: SyncRequest): Promise<SyncResultDto> {
    const place = await this.gate.readable(input.channelId, userId);
    const cap = place.access.readUpToSeq ?? Number.MAX_SAFE_INTEGER;
    const capSql = Math.min(cap, 2_147_483_647);
    const [gap, changed] = await Promise.all([
      this.messages.after(input.channelId, input.afterSeq, capSql, input.limit),
      input.afterRevision === undefined
        ? Promise.resolve([])
        : this.messages.changedUpTo(input.channelId, input.afterSeq, input.afterRevision, capSql),
    ]);
    const hasMore = gap.length > input.limit;
    const rows = [...changed, ...gap.slice(0, input.limit)];
    return {
      channelId: input.channelId,
      messages: await this.views.messageDtos(rows, userId),
      lastSeq: Math.min(place.channel.lastSeq, cap),
      lastRevision: place.channel.lastRevision,
      hasMore,
    };
  }
}
