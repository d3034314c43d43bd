import { Injectable } from '@nestjs/common';
import type { TaskNotificationKind } from '@cdt/domain';

/** A message the hub writes in the channels of some teams (a reminder, a nudge), in Vietnamese. */
export interface TeamHubMessage {
  teamIds: string[];
  kind: TaskNotificationKind;
  title: string;
  body: string;
  link: string | null;
}

/**
 * The one hook for the hub's messages in team channels (§3.3 replaced): called after the notifications of a
 * team-directed reminder or nudge are committed. Channels (issue 5) will bind a real sink to this token.
 */
export interface TeamChannelSink {
  post(message: TeamHubMessage): Promise<void>;
}

export const TEAM_CHANNEL_SINK = Symbol('TEAM_CHANNEL_SINK');

/** Until team channels exist, the hub's channel messages go nowhere; the in-app notifications still do. */
@Injectable()
export class NoopTeamChannelSink implements TeamChannelSink {
  post(): Promise<void> {
    return Promise.resolve();
  }
}
