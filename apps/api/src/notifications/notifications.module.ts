import { Module } from '@nestjs/common';
import { ChannelsCoreModule } from '../channels/channels-core.module';
import { ChannelTeamSink } from '../channels/channel-team.sink';
import { NotificationDispatcher } from './notification-dispatcher';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { RecipientsRepository } from './recipients.repository';
import { TEAM_CHANNEL_SINK } from './team-channel.sink';

/** In-app notifications: storage, the caller's list, live pushes, and the hook for team channel messages. */
@Module({
  // The hub's reminders and nudges also land in the teams' channels (§3.3), written by the channels context.
  imports: [ChannelsCoreModule],
  controllers: [NotificationsController],
  providers: [
    NotificationsRepository,
    RecipientsRepository,
    NotificationsService,
    NotificationDispatcher,
    { provide: TEAM_CHANNEL_SINK, useExisting: ChannelTeamSink },
  ],
  exports: [NotificationsRepository, RecipientsRepository, NotificationDispatcher],
})
export class NotificationsModule {}
