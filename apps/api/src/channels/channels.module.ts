import { Module } from '@nestjs/common';
import { TeamsModule } from '../teams/teams.module';
import { ChannelSyncScheduler } from './channel-sync.scheduler';
import { ChannelsController, MessagesController } from './channels.controller';
import { ChannelsCoreModule } from './channels-core.module';
import { ChannelsGateway } from './channels.gateway';

/** Issue 5 in the API process: REST, socket handlers, and channel sync on start and after roster changes. */
@Module({
  imports: [ChannelsCoreModule, TeamsModule],
  controllers: [ChannelsController, MessagesController],
  providers: [ChannelsGateway, ChannelSyncScheduler],
  exports: [ChannelsCoreModule, ChannelSyncScheduler],
})
export class ChannelsModule {}
