import { Module } from '@nestjs/common';
import { NotificationDispatcher } from './notification-dispatcher';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { RecipientsRepository } from './recipients.repository';
import { NoopTeamChannelSink, TEAM_CHANNEL_SINK } from './team-channel.sink';

/** In-app notifications: storage, the caller's list, live pushes, and the hook for team channel messages. */
@Module({
  controllers: [NotificationsController],
  providers: [
    NotificationsRepository,
    RecipientsRepository,
    NotificationsService,
    NotificationDispatcher,
    { provide: TEAM_CHANNEL_SINK, useClass: NoopTeamChannelSink },
  ],
  exports: [NotificationsRepository, RecipientsRepository, NotificationDispatcher],
})
export class NotificationsModule {}
