import { CHANNEL_EVENT_TYPES, channelEvent } from './events';
import type { Poll } from './poll';
import { AT, LATER, message } from './spec-fixtures';
import { toMessageDto, toPollDto, toPollUpdateDto } from './to-dto';
import { rooms } from '../realtime/events';

const poll: Poll = {
  question: 'Q?',
  options: [
    { id: 'o1', text: 'A' },
    { id: 'o2', text: 'B' },
  ],
  multiple: false,
  deadline: LATER,
};
const votes = [
  { messageId: 'msg-5', userId: 'me', optionIds: ['o2'], at: AT },
  { messageId: 'msg-5', userId: 'x', optionIds: ['o2'], at: AT },
];
const extras = { authorName: 'Alice', replyCount: 2, lastReplyAt: LATER, votes, viewerId: 'me', now: AT };

describe('toMessageDto', () => {
  it('shows a message with its author, poll counts and the viewer’s own choice, never its history', () => {
    const dto = toMessageDto(
      message({
        poll,
        pinnedAt: AT,
        pinnedBy: 'x',
        history: [{ text: 'old', at: AT, change: 'edited' }],
        editedAt: AT,
      }),
      extras,
    );
    expect(dto).toEqual({
      id: 'msg-5',
      channelId: 'ch-1',
      seq: 5,
      revision: 6,
      author: { kind: 'user', userId: 'alice', fullName: 'Alice' },
      clientMessageId: '00000000-0000-4000-8000-000000000005',
      text: 'Chào cả tổ',
      parentId: null,
      replyCount: 2,
      lastReplyAt: LATER,
      mentions: { userIds: [], all: false },
      poll: {
        question: 'Q?',
        multiple: false,
        deadline: LATER,
        closed: false,
        options: [
          { id: 'o1', text: 'A', votes: 0 },
          { id: 'o2', text: 'B', votes: 2 },
        ],
        voterCount: 2,
        myOptionIds: ['o2'],
      },
      system: null,
      createdAt: AT,
      editedAt: AT,
      deleted: false,
      pinned: { by: 'x', at: AT },
    });
    expect(dto).not.toHaveProperty('history');
  });

  it('shows a tombstone empty, a system author bare, and no personal choice in a broadcast', () => {
    const tomb = toMessageDto(
      message({ text: 'x', poll, mentions: { userIds: ['a'], all: true }, deletedAt: AT }),
      extras,
    );
    expect(tomb).toMatchObject({
      text: '',
      poll: null,
      mentions: { userIds: [], all: false },
      deleted: true,
    });
    expect(toMessageDto(message({ author: { kind: 'system' } }), extras).author).toEqual({ kind: 'system' });
    expect(toMessageDto(message({ poll }), { ...extras, viewerId: null }).poll!.myOptionIds).toBeNull();
    expect(toPollDto(poll, votes, 'nobody', LATER)).toMatchObject({ closed: true, myOptionIds: [] });
  });

  it('broadcasts counts only after a vote', () => {
    expect(toPollUpdateDto(message({ poll, revision: 20 }), votes, AT)).toEqual({
      channelId: 'ch-1',
      messageId: 'msg-5',
      revision: 20,
      options: [
        { id: 'o1', votes: 0 },
        { id: 'o2', votes: 2 },
      ],
      voterCount: 2,
      closed: false,
    });
    expect(toPollUpdateDto(message(), votes, AT)).toBeNull();
  });
});

describe('channel events and rooms', () => {
  it('lists every event type once and builds envelopes', () => {
    expect(new Set(CHANNEL_EVENT_TYPES).size).toBe(CHANNEL_EVENT_TYPES.length);
    expect(
      channelEvent('MessagePinned', { channelId: 'c', actorId: 'a', at: AT }, { messageId: 'm', seq: 1 }),
    ).toEqual({
      type: 'MessagePinned',
      channelId: 'c',
      actorId: 'a',
      at: AT,
      payload: { messageId: 'm', seq: 1 },
    });
  });

  it('names a channel room', () => {
    expect(rooms.channel('abc')).toBe('channel:abc');
  });
});
