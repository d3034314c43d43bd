import { Module } from '@nestjs/common';
import { ChannelGate } from './channel-gate';
import { ChannelListRepository } from './channel-list.repository';
import { ChannelMemberships } from './channel-memberships';
import { ChannelNotifier } from './channel-notifier';
import { ChannelRooms } from './channel-rooms';
import { ChannelSyncService } from './channel-sync.service';
import { ChannelSystemMessages } from './channel-system-messages';
import { ChannelTeamSink } from './channel-team.sink';
import { ChannelViews } from './channel-views';
import { ChannelsDemo } from './channels-demo';
import { ChannelsRepository } from './channels.repository';
import { ChannelsService } from './channels.service';
import { ContactsRepository } from './contacts.repository';
import { ContactsService } from './contacts.service';
import { DerivationRepository } from './derivation.repository';
import { HistoryService } from './history.service';
import { MessagesRepository } from './messages.repository';
import { MessagesService } from './messages.service';
import { ReadStateService } from './read-state.service';
import { TaskRefsRepository } from './task-refs.repository';

/**
 * The messaging hub without its transports: storage, rules, sync and live events. Every process may import it
 * (the API adds HTTP and socket handlers; the CLI seeds the demo; a worker may post the hub's own messages).
 */
@Module({
  providers: [
    ChannelsRepository,
    ChannelListRepository,
    MessagesRepository,
    DerivationRepository,
    ChannelGate,
    ChannelViews,
    ChannelNotifier,
    ChannelMemberships,
    ChannelSyncService,
    ChannelsService,
    ContactsRepository,
    ContactsService,
    MessagesService,
    HistoryService,
    ReadStateService,
    ChannelSystemMessages,
    TaskRefsRepository,
    ChannelTeamSink,
    ChannelRooms,
    ChannelsDemo,
  ],
  exports: [
    ChannelSyncService,
    ChannelsService,
    ContactsService,
    MessagesService,
    HistoryService,
    ReadStateService,
    ChannelSystemMessages,
    ChannelTeamSink,
    ChannelRooms,
    ChannelsDemo,
  ],
})
export class ChannelsCoreModule {}
