import type { Poll, PollVote } from './poll';
import { voteOnPoll } from './poll-vote';
import { AT, channel, memberRow, message } from './spec-fixtures';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);
const poll: Poll = {
  question: 'Họp ngày nào?',
  options: [
    { id: 'o1', text: 'Thứ Hai' },
    { id: 'o2', text: 'Thứ Ba' },
  ],
  multiple: false,
  deadline: '2022-06-02T02:00:00.000Z',
};
const ctx = (overrides = {}) => ({
  channel: channel({ kind: 'announcement' }),
  actor: memberRow('reader', 'reader'),
  message: message({ poll }),
  votes: [] as PollVote[],
  ...overrides,
});
const by = { voterId: 'reader', at: AT };

describe('voteOnPoll', () => {
  it('lets a reader of an announcement vote, moving the message revision', () => {
    const voted = voteOnPoll(ctx(), 'msg-5', ['o2'], by);
    expect(voted).toMatchObject({
      ok: true,
      value: {
        message: { id: 'msg-5', revision: 15 },
        counters: { lastSeq: 10, lastRevision: 15 },
        vote: { messageId: 'msg-5', userId: 'reader', optionIds: ['o2'], at: AT },
        events: [
          {
            type: 'PollVoted',
            actorId: 'reader',
            payload: { messageId: 'msg-5', seq: 5, optionIds: ['o2'] },
          },
        ],
      },
    });
  });

  it('records a withdrawal as an empty choice', () => {
    const votes = [{ messageId: 'msg-5', userId: 'reader', optionIds: ['o1'], at: AT }];
    const voted = voteOnPoll(ctx({ votes }), 'msg-5', [], by);
    expect(voted.ok && [voted.value.votes, voted.value.vote, voted.value.events[0]!.payload]).toEqual([
      [],
      null,
      { messageId: 'msg-5', seq: 5, optionIds: [] },
    ]);
  });

  it('refuses non-members, deleted messages, messages without a poll and closed polls', () => {
    expect(code(voteOnPoll(ctx({ actor: undefined }), 'msg-5', ['o1'], by))).toBe('NOT_A_CHANNEL_MEMBER');
    expect(code(voteOnPoll(ctx({ message: message({ poll, deletedAt: AT }) }), 'msg-5', ['o1'], by))).toBe(
      'MESSAGE_DELETED',
    );
    expect(code(voteOnPoll(ctx({ message: message() }), 'msg-5', ['o1'], by))).toBe('POLL_NOT_FOUND');
    expect(code(voteOnPoll(ctx(), 'msg-5', ['o1'], { voterId: 'reader', at: poll.deadline }))).toBe(
      'POLL_CLOSED',
    );
  });
});
