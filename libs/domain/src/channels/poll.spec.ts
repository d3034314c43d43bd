import { buildPoll, castVote, isPollOpen, tallyPoll, type Poll, type PollVote } from './poll';

const NOW = '2022-06-01T02:00:00.000Z';
const DEADLINE = '2022-06-03T10:00:00.000Z';
const draft = {
  question: ' Họp ngày nào? ',
  options: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư'],
  multiple: false,
  deadline: DEADLINE,
};
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

describe('buildPoll', () => {
  it('normalizes the question and numbers the options in order', () => {
    expect(buildPoll({ ...draft, deadline: '2022-06-03T17:00:00+07:00' }, NOW)).toEqual({
      ok: true,
      value: {
        question: 'Họp ngày nào?',
        options: [
          { id: 'o1', text: 'Thứ Hai' },
          { id: 'o2', text: 'Thứ Ba' },
          { id: 'o3', text: 'Thứ Tư' },
        ],
        multiple: false,
        deadline: DEADLINE,
      },
    });
  });

  it('needs 2 to 10 distinct, non-empty options', () => {
    expect(code(buildPoll({ ...draft, options: ['Có'] }, NOW))).toBe('POLL_OPTION_INVALID');
    expect(code(buildPoll({ ...draft, options: Array.from({ length: 11 }, (_, i) => `${i}`) }, NOW))).toBe(
      'POLL_OPTION_INVALID',
    );
    expect(code(buildPoll({ ...draft, options: Array.from({ length: 10 }, (_, i) => `${i}`) }, NOW))).toBe(
      'ok',
    );
    expect(code(buildPoll({ ...draft, options: ['Có', '  '] }, NOW))).toBe('POLL_OPTION_INVALID');
    expect(buildPoll({ ...draft, options: ['Đồng ý', 'dong y'] }, NOW)).toMatchObject({
      ok: false,
      error: { code: 'POLL_OPTION_INVALID', details: { index: 1 } },
    });
    expect(code(buildPoll({ ...draft, question: '' }, NOW))).toBe('VALIDATION_FAILED');
  });

  it('needs a deadline after now and within the maximum duration', () => {
    expect(code(buildPoll({ ...draft, deadline: NOW }, NOW))).toBe('POLL_DEADLINE_INVALID');
    expect(code(buildPoll({ ...draft, deadline: 'tomorrow' }, NOW))).toBe('POLL_DEADLINE_INVALID');
    expect(code(buildPoll({ ...draft, deadline: '2022-08-30T02:00:00.000Z' }, NOW))).toBe('ok');
    expect(code(buildPoll({ ...draft, deadline: '2022-08-30T02:00:00.001Z' }, NOW))).toBe(
      'POLL_DEADLINE_INVALID',
    );
  });
});

describe('voting', () => {
  const single = (buildPoll(draft, NOW) as { ok: true; value: Poll }).value;
  const multiple: Poll = { ...single, multiple: true };
  const vote = (userId: string, optionIds: string[], at = NOW): PollVote => ({
    messageId: 'm',
    userId,
    optionIds,
    at,
  });

  it('closes at the deadline instant', () => {
    expect(isPollOpen(single, '2022-06-03T09:59:59.999Z')).toBe(true);
    expect(isPollOpen(single, DEADLINE)).toBe(false);
    expect(code(castVote(single, [], vote('a', ['o1'], DEADLINE)))).toBe('POLL_CLOSED');
  });

  it('replaces a single-choice vote and refuses two choices', () => {
    const first = castVote(single, [], vote('a', ['o1']));
    const second = castVote(single, first.ok ? first.value.votes : [], vote('a', ['o2']));
    expect(second.ok && second.value.votes).toEqual([vote('a', ['o2'])]);
    expect(code(castVote(single, [], vote('a', ['o1', 'o2'])))).toBe('POLL_OPTION_INVALID');
  });

  it('takes several options on a multiple-choice poll, in poll order, and refuses unknown or repeated ones', () => {
    const cast = castVote(multiple, [], vote('a', ['o3', 'o1']));
    expect(cast.ok && cast.value.vote).toEqual(vote('a', ['o1', 'o3']));
    expect(code(castVote(multiple, [], vote('a', ['o1', 'o1'])))).toBe('POLL_OPTION_INVALID');
    expect(code(castVote(multiple, [], vote('a', ['o9'])))).toBe('POLL_OPTION_INVALID');
  });

  it('withdraws a vote with an empty choice, leaving other voters and other polls alone', () => {
    const others = [vote('b', ['o2']), { ...vote('a', ['o1']), messageId: 'other-poll' }];
    const cast = castVote(single, [...others, vote('a', ['o1'])], vote('a', []));
    expect(cast).toEqual({ ok: true, value: { votes: others, vote: null } });
  });

  it('tallies votes per option and voters once each', () => {
    const votes = [vote('a', ['o1', 'o3']), vote('b', ['o1']), vote('c', [])];
    expect(tallyPoll(multiple, votes, NOW)).toEqual({
      options: [
        { id: 'o1', text: 'Thứ Hai', votes: 2 },
        { id: 'o2', text: 'Thứ Ba', votes: 0 },
        { id: 'o3', text: 'Thứ Tư', votes: 1 },
      ],
      voterCount: 2,
      closed: false,
    });
    expect(tallyPoll(multiple, votes, DEADLINE).closed).toBe(true);
  });
});
