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
 * team-directed reminder or nudge are committed. The channels context's ChannelTeamSink is bound to it.
 */
export interface TeamChannelSink {
  post(message: TeamHubMessage): Promise<void>;
}

export const TEAM_CHANNEL_SINK = Symbol('TEAM_CHANNEL_SINK');
