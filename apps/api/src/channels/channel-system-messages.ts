import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  normalizeMessageText,
  postSystemMessage,
  systemPayloadSchema,
  type MessageDto,
  type SystemPayload,
} from '@cdt/domain';
import { unwrap } from '../common/domain-result';
import { ChannelNotifier } from './channel-notifier';
import { ChannelViews } from './channel-views';
import { toChannel } from './channel.mapper';
import { ChannelsRepository } from './channels.repository';
import { MessagesRepository } from './messages.repository';

/**
 * The hub's own voice in a team's channel (task assigned, reminder, escalation), so a leader who lives in the
 * chat sees it. Stored like any message (next seq under the channel lock), then sent live to the members.
 */
@Injectable()
export class ChannelSystemMessages {
  constructor(
    private readonly channels: ChannelsRepository,
    private readonly messages: MessagesRepository,
    private readonly views: ChannelViews,
    private readonly notifier: ChannelNotifier,
  ) {}

  /**
   * Posts into the team's live commune or village channel; null when the team has none (not active yet).
   * `text` replaces the domain's rendering of the payload when the caller wrote its own Vietnamese text.
   */
  async postToTeamChannel(
    teamId: string,
    payload: SystemPayload,
    options: { text?: string } = {},
  ): Promise<MessageDto | null> {
    const system = systemPayloadSchema.parse(payload);
    const target = await this.channels.ofTeam(teamId);
    if (!target) return null;
    const message = await this.messages.transaction(async (manager) => {
      const channel = await this.channels.lock(manager, target.id);
      if (!channel || channel.status !== 'active') return null;
      const change = unwrap(
        postSystemMessage(toChannel(channel), system, {
          messageId: randomUUID(),
          at: new Date().toISOString(),
        }),
      );
      const text = options.text === undefined ? '' : normalizeMessageText(options.text);
      const message = text === '' ? change.message : { ...change.message, text };
      await this.messages.insert(manager, message, change.counters);
      return message;
    });
    if (!message) return null;
    const dto = this.views.freshMessageDto(message, null, null);
    this.notifier.messageNew(dto);
    return dto;
  }
}
