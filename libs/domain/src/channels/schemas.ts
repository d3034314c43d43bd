import { z } from 'zod';
import { CHANNEL_KINDS } from './channel-kind';
import { CHANNEL_TITLE_MAX, WORKING_GROUP_MAX_MEMBERS } from './working-group';
import { HISTORY_PAGE_DEFAULT, HISTORY_PAGE_MAX } from './cursor';
import { MESSAGE_TEXT_MAX, normalizeMessageText, textLength } from './message-text';
import { POLL_OPTION_TEXT_MAX, POLL_OPTIONS_MAX, POLL_OPTIONS_MIN, POLL_QUESTION_MAX } from './poll';
import { SEARCH_QUERY_MAX } from './search';
import { PINNED_MAX } from './pins';
import type { SystemPayload } from './system-payload';

/** Normalized text (NFC, trimmed) of at most `max` characters (code points). */
const normalizedText = (max: number) =>
  z
    .string()
    .max(max * 4) // a cheap bound before normalizing (a character is at most 4 UTF-16 units after NFC)
    .transform(normalizeMessageText)
    .refine((text) => textLength(text) <= max, `at most ${max} characters`);

const channelRef = { channelId: z.uuid() };
const messageRef = { channelId: z.uuid(), messageId: z.uuid() };

export const pollOptionIdSchema = z.string().regex(/^o([1-9]|10)$/, 'unknown option');

export const pollDraftSchema = z.object({
  question: normalizedText(POLL_QUESTION_MAX).refine((q) => q.length > 0, 'a question is required'),
  options: z
    .array(normalizedText(POLL_OPTION_TEXT_MAX).refine((o) => o.length > 0, 'an option cannot be empty'))
    .min(POLL_OPTIONS_MIN)
    .max(POLL_OPTIONS_MAX),
  multiple: z.boolean().default(false),
  deadline: z.iso.datetime({ offset: true }),
});
export type PollDraftInput = z.input<typeof pollDraftSchema>;

/**
 * 'message:send': text, or a poll (text optional), or a reply in a thread (never with a poll).
 * `...Payload` types are what a client emits (defaults optional), `...Request` what the server gets after parsing.
 */
export const sendMessageSchema = z
  .object({
    ...channelRef,
    clientMessageId: z.uuid(),
    text: normalizedText(MESSAGE_TEXT_MAX).default(''),
    parentId: z.uuid().nullable().default(null),
    poll: pollDraftSchema.nullable().default(null),
  })
  .refine((m) => m.text.length > 0 || m.poll !== null, {
    message: 'a message cannot be empty',
    path: ['text'],
  })
  .refine((m) => m.poll === null || m.parentId === null, {
    message: 'polls cannot be posted in a thread',
    path: ['poll'],
  });
export type SendMessageRequest = z.infer<typeof sendMessageSchema>;
export type SendMessagePayload = z.input<typeof sendMessageSchema>;

export const editMessageSchema = z.object({ ...messageRef, text: normalizedText(MESSAGE_TEXT_MAX) });
export type EditMessageRequest = z.infer<typeof editMessageSchema>;
export type EditMessagePayload = z.input<typeof editMessageSchema>;

export const deleteMessageSchema = z.object(messageRef);
export type DeleteMessageRequest = z.infer<typeof deleteMessageSchema>;

/** 'message:pin' pins or unpins. */
export const pinMessageSchema = z.object({ ...messageRef, pinned: z.boolean().default(true) });
export type PinMessageRequest = z.infer<typeof pinMessageSchema>;
export type PinMessagePayload = z.input<typeof pinMessageSchema>;

/** 'poll:vote': the voter's whole choice; an empty list withdraws the vote. */
export const votePollSchema = z.object({
  ...messageRef,
  optionIds: z.array(pollOptionIdSchema).max(POLL_OPTIONS_MAX),
});
export type VotePollRequest = z.infer<typeof votePollSchema>;

export const createWorkingGroupSchema = z.object({
  title: z
    .string()
    .transform((t) => t.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'a title is required').max(CHANNEL_TITLE_MAX)),
  memberIds: z
    .array(z.uuid())
    .max(WORKING_GROUP_MAX_MEMBERS - 1)
    .default([]),
});
export type CreateWorkingGroupRequest = z.infer<typeof createWorkingGroupSchema>;

export const addGroupMembersSchema = z.object({
  members: z
    .array(z.object({ userId: z.uuid(), role: z.enum(['owner', 'poster']).optional() }))
    .min(1)
    .max(WORKING_GROUP_MAX_MEMBERS),
});
export type AddGroupMembersRequest = z.infer<typeof addGroupMembersSchema>;

export const removeGroupMemberSchema = z.object({ ...channelRef, userId: z.uuid() });
export type RemoveGroupMemberRequest = z.infer<typeof removeGroupMemberSchema>;

export const openDirectChannelSchema = z.object({ userId: z.uuid() });
export type OpenDirectChannelRequest = z.infer<typeof openDirectChannelSchema>;

/** Socket and JSON bodies carry numbers: no coercion, so the payload types stay exact. */
const seqSchema = z.number().int().min(0);

/** 'channel:read' and its HTTP twin. */
export const markReadSchema = z.object({ ...channelRef, seq: seqSchema });
export type MarkReadRequest = z.infer<typeof markReadSchema>;

export const channelJoinSchema = z.object(channelRef);
export type ChannelJoinRequest = z.infer<typeof channelJoinSchema>;

/** 'channel:sync': everything after afterSeq, and changes after afterRevision. */
export const syncRequestSchema = z.object({
  ...channelRef,
  afterSeq: seqSchema,
  afterRevision: seqSchema.optional(),
  limit: z.number().int().min(1).max(500).default(200),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;
export type SyncRequestPayload = z.input<typeof syncRequestSchema>;

const cursorSchema = z.string().regex(/^q[0-9a-z]{1,11}$/, 'invalid cursor');

/** History of a channel (or of a thread, with parentId). */
export const historyQuerySchema = z
  .object({
    before: cursorSchema.optional(),
    after: cursorSchema.optional(),
    parentId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(HISTORY_PAGE_MAX).default(HISTORY_PAGE_DEFAULT),
  })
  .refine((q) => q.before === undefined || q.after === undefined, {
    message: 'give either before or after, not both',
    path: ['after'],
  });
export type HistoryQueryRequest = z.infer<typeof historyQuerySchema>;

/** Search within a channel: diacritics-insensitive words, newest matches first. */
export const searchQuerySchema = z.object({
  q: z.string().trim().min(2, 'type at least 2 characters').max(SEARCH_QUERY_MAX),
  before: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQueryRequest = z.infer<typeof searchQuerySchema>;

export const listChannelsQuerySchema = z.object({
  kind: z.enum(CHANNEL_KINDS).optional(),
  /** Include channels the caller left (read-only history). */
  includeLeft: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .transform((v) => v === true || v === 'true')
    .default(false),
});
export type ListChannelsQuery = z.infer<typeof listChannelsQuerySchema>;

/** The hub's own messages, validated when the tasks worker hands them over. */
export const systemPayloadSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('task_assigned'),
    taskId: z.uuid(),
    taskTitle: z.string().min(1).max(300),
    issuerUnitId: z.uuid(),
    issuerUnitName: z.string().min(1).max(200),
    dueAt: z.iso.datetime({ offset: true }).nullable(),
  }),
  z.object({
    type: z.literal('task_reminder'),
    taskId: z.uuid(),
    taskTitle: z.string().min(1).max(300),
    dueAt: z.iso.datetime({ offset: true }),
    stage: z.enum(['upcoming', 'overdue']),
  }),
  z.object({
    type: z.literal('task_escalated'),
    taskId: z.uuid(),
    taskTitle: z.string().min(1).max(300),
    reason: z.enum(['not_acknowledged', 'overdue']),
    escalatedToUnitId: z.uuid(),
    escalatedToUnitName: z.string().min(1).max(200),
  }),
]);

/** Kept here so a limit change shows up in one review. */
export const CHANNEL_LIMITS = {
  messageText: MESSAGE_TEXT_MAX,
  pollQuestion: POLL_QUESTION_MAX,
  pollOption: POLL_OPTION_TEXT_MAX,
  pollOptionsMin: POLL_OPTIONS_MIN,
  pollOptionsMax: POLL_OPTIONS_MAX,
  pinned: PINNED_MAX,
  workingGroupMembers: WORKING_GROUP_MAX_MEMBERS,
  historyPage: HISTORY_PAGE_MAX,
  searchQuery: SEARCH_QUERY_MAX,
} as const;

// Compile-time guard: the schema's output is a SystemPayload.
const _systemPayloadFits: z.infer<typeof systemPayloadSchema> extends SystemPayload ? true : false = true;
