import { foldForSearch } from '../common/text';
import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import { normalizeMessageText, textLength } from './message-text';

export const POLL_OPTIONS_MIN = 2;
export const POLL_OPTIONS_MAX = 10;
export const POLL_QUESTION_MAX = 300;
export const POLL_OPTION_TEXT_MAX = 200;
/** A poll that runs longer than a quarter is a survey, not a chat poll. */
export const POLL_MAX_DURATION_DAYS = 90;

export interface PollOption {
  /** "o1", "o2"… in the order the author wrote them. */
  id: string;
  text: string;
}

export interface Poll {
  question: string;
  options: PollOption[];
  /** Multiple choice: a voter may tick several options; single choice: one. */
  multiple: boolean;
  /** ISO instant; voting closes at this instant. */
  deadline: string;
}

/** What the author submits. */
export interface PollDraft {
  question: string;
  options: readonly string[];
  multiple: boolean;
  deadline: string;
}

/** One person's current choice; a new vote replaces it, an empty one withdraws it. */
export interface PollVote {
  messageId: string;
  userId: string;
  optionIds: string[];
  at: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Normalizes a draft and checks its rules: 2–10 distinct options (ignoring case and diacritics), a future deadline. */
export function buildPoll(draft: PollDraft, now: string): DomainResult<Poll> {
  const question = normalizeMessageText(draft.question);
  if (question.length === 0 || textLength(question) > POLL_QUESTION_MAX) {
    return fail(
      ErrorCode.ValidationFailed,
      `A question of 1 to ${POLL_QUESTION_MAX} characters is required`,
      {
        field: 'poll.question',
      },
    );
  }
  const texts = draft.options.map(normalizeMessageText);
  if (texts.length < POLL_OPTIONS_MIN || texts.length > POLL_OPTIONS_MAX) {
    return fail(
      ErrorCode.PollOptionInvalid,
      `A poll has ${POLL_OPTIONS_MIN} to ${POLL_OPTIONS_MAX} options`,
      {
        count: texts.length,
      },
    );
  }
  const bad = texts.findIndex((t) => t.length === 0 || textLength(t) > POLL_OPTION_TEXT_MAX);
  if (bad >= 0) {
    return fail(ErrorCode.PollOptionInvalid, `Each option needs 1 to ${POLL_OPTION_TEXT_MAX} characters`, {
      index: bad,
    });
  }
  const folded = texts.map(foldForSearch);
  const duplicate = folded.findIndex((f, i) => folded.indexOf(f) !== i);
  if (duplicate >= 0) {
    return fail(ErrorCode.PollOptionInvalid, 'Two options say the same thing', { index: duplicate });
  }
  const deadline = Date.parse(draft.deadline);
  const start = Date.parse(now);
  if (Number.isNaN(deadline) || deadline <= start || deadline > start + POLL_MAX_DURATION_DAYS * DAY_MS) {
    return fail(ErrorCode.PollDeadlineInvalid, `The deadline must be within ${POLL_MAX_DURATION_DAYS} days`, {
      deadline: draft.deadline,
    });
  }
  return ok({
    question,
    options: texts.map((text, i) => ({ id: `o${i + 1}`, text })),
    multiple: draft.multiple,
    deadline: new Date(deadline).toISOString(),
  });
}

/** Open until the deadline instant (exclusive). */
export function isPollOpen(poll: Pick<Poll, 'deadline'>, now: string): boolean {
  return Date.parse(now) < Date.parse(poll.deadline);
}

/**
 * Records a vote: the voter's whole choice replaces their previous one (single choice: exactly one option;
 * an empty choice withdraws the vote). Refused after the deadline. Returns every vote of the poll.
 */
export function castVote(
  poll: Poll,
  votes: readonly PollVote[],
  vote: PollVote,
): DomainResult<{ votes: PollVote[]; vote: PollVote | null }> {
  if (!isPollOpen(poll, vote.at)) {
    return fail(ErrorCode.PollClosed, 'This poll is closed', { deadline: poll.deadline });
  }
  const known = new Set(poll.options.map((o) => o.id));
  const chosen = [...new Set(vote.optionIds)];
  const unknown = chosen.filter((id) => !known.has(id));
  if (unknown.length > 0 || chosen.length !== vote.optionIds.length) {
    return fail(ErrorCode.PollOptionInvalid, 'Unknown or repeated option', { optionIds: vote.optionIds });
  }
  if (!poll.multiple && chosen.length > 1) {
    return fail(ErrorCode.PollOptionInvalid, 'This poll takes one choice', { optionIds: vote.optionIds });
  }
  const others = votes.filter((v) => !(v.userId === vote.userId && v.messageId === vote.messageId));
  if (chosen.length === 0) return ok({ votes: others, vote: null });
  // Options kept in the poll's order, so equal choices compare equal.
  const stored: PollVote = {
    ...vote,
    optionIds: poll.options.map((o) => o.id).filter((id) => chosen.includes(id)),
  };
  return ok({ votes: [...others, stored], vote: stored });
}

export interface PollTally {
  options: { id: string; text: string; votes: number }[];
  /** People who voted (a multiple-choice voter counts once). */
  voterCount: number;
  closed: boolean;
}

/** Counts per option, visible to every member. */
export function tallyPoll(poll: Poll, votes: readonly PollVote[], now: string): PollTally {
  const counts = new Map(poll.options.map((o) => [o.id, 0]));
  const voters = new Set<string>();
  for (const vote of votes) {
    if (vote.optionIds.length === 0) continue;
    voters.add(vote.userId);
    for (const id of vote.optionIds) if (counts.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return {
    options: poll.options.map((o) => ({ id: o.id, text: o.text, votes: counts.get(o.id) ?? 0 })),
    voterCount: voters.size,
    closed: !isPollOpen(poll, now),
  };
}
