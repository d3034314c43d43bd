import { Inject, Injectable, Logger } from '@nestjs/common';
import { rooms } from '@cdt/domain';
import { RealtimePublisher } from '../realtime/realtime.publisher';
import type { NotificationRow } from './notifications.repository';
import { TEAM_CHANNEL_SINK, type TeamChannelSink, type TeamHubMessage } from './team-channel.sink';

/** Pushes committed notifications live (one 'notification' per row to its user's room, as one batch) and to team channels. */
@Injectable()
export class NotificationDispatcher {
  private readonly logger = new Logger(NotificationDispatcher.name);

  constructor(
    private readonly realtime: RealtimePublisher,
    @Inject(TEAM_CHANNEL_SINK) private readonly channels: TeamChannelSink,
  ) {}

  /** Call after the transaction that stored the rows committed; a failed push loses nothing stored. */
  dispatch(rows: readonly NotificationRow[], teamMessage: TeamHubMessage | null = null): void {
    this.realtime.toEachRoom(
      'notification',
      rows.map((row) => ({
        room: rooms.user(row.userId),
        args: [{ id: row.id, kind: row.kind, title: row.title, body: row.body, link: row.link }],
      })),
    );
    if (teamMessage && teamMessage.teamIds.length > 0) {
      this.channels.post(teamMessage).catch((error: unknown) => {
        this.logger.warn({ err: error, kind: teamMessage.kind }, 'team channel message not posted');
      });
    }
  }
}
