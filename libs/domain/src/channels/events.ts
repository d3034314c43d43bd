import type { ChannelKind } from './channel-kind';
import type { MembershipDiff } from './membership-diff';
import type { SystemMessageType } from './system-payload';

/** Payload of each channel event, by type; edits and deletions carry the old text for the audit log. */
export interface ChannelEventPayloads {
  ChannelCreated: { key: string; kind: ChannelKind; title: string | null };
  ChannelMembersChanged: { diff: MembershipDiff };
  ChannelArchived: { key: string };
  ChannelReactivated: { key: string };
  MessagePosted: {
    messageId: string;
    seq: number;
    parentId: string | null;
    mentionedUserIds: string[];
    mentionsAll: boolean;
    hasPoll: boolean;
    systemType: SystemMessageType | null;
  };
  MessageEdited: { messageId: string; seq: number; previousText: string; text: string };
  MessageDeleted: { messageId: string; seq: number; previousText: string; pollQuestion: string | null };
  MessagePinned: { messageId: string; seq: number };
  MessageUnpinned: { messageId: string; seq: number };
  PollVoted: { messageId: string; seq: number; optionIds: string[] };
}

export type ChannelEventType = keyof ChannelEventPayloads;

export interface ChannelEventEnvelope<T extends ChannelEventType> {
  type: T;
  channelId: string;
  /** Null when the hub acted (derived membership, system messages). */
  actorId: string | null;
  /** ISO timestamp. */
  at: string;
  payload: ChannelEventPayloads[T];
}

/** Every change in the messaging hub, discriminated by `type`. */
export type ChannelDomainEvent = { [T in ChannelEventType]: ChannelEventEnvelope<T> }[ChannelEventType];

export type ChannelEventOf<T extends ChannelEventType> = Extract<ChannelDomainEvent, { type: T }>;

export const CHANNEL_EVENT_TYPES = [
  'ChannelCreated',
  'ChannelMembersChanged',
  'ChannelArchived',
  'ChannelReactivated',
  'MessagePosted',
  'MessageEdited',
  'MessageDeleted',
  'MessagePinned',
  'MessageUnpinned',
  'PollVoted',
] as const satisfies readonly ChannelEventType[];

export function channelEvent<T extends ChannelEventType>(
  type: T,
  where: { channelId: string; actorId: string | null; at: string },
  payload: ChannelEventPayloads[T],
): ChannelEventOf<T> {
  return { type, ...where, payload } as ChannelEventOf<T>;
}

// Compile-time guard: adding an event type without listing it above fails the build.
const _everyEventTypeListed: [Exclude<ChannelEventType, (typeof CHANNEL_EVENT_TYPES)[number]>] extends [never]
  ? true
  : false = true;
