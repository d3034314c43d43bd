import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';

/** Longest message, in characters (code points, as PostgreSQL's char_length counts them). */
export const MESSAGE_TEXT_MAX = 4000;

/** Control characters other than tab and newline; phones paste them from other apps. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Storage form of a message: NFC (Vietnamese typed on different keyboards compares equal), line breaks as
 * "\n", stray control characters dropped, trimmed; inner spacing and blank lines are the author's.
 */
export function normalizeMessageText(raw: string): string {
  return raw.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

/** Length in characters, not UTF-16 units: an emoji counts once. */
export function textLength(text: string): number {
  let count = 0;
  for (const _char of text) count += 1;
  return count;
}

/** Normalizes and checks a message text; empty text is allowed only when something else (a poll) carries it. */
export function checkMessageText(raw: string, options: { allowEmpty: boolean }): DomainResult<string> {
  const text = normalizeMessageText(raw);
  if (text.length === 0 && !options.allowEmpty) {
    return fail(ErrorCode.ValidationFailed, 'A message cannot be empty', { field: 'text' });
  }
  const length = textLength(text);
  if (length > MESSAGE_TEXT_MAX) {
    return fail(ErrorCode.ValidationFailed, `A message holds at most ${MESSAGE_TEXT_MAX} characters`, {
      field: 'text',
      length,
      max: MESSAGE_TEXT_MAX,
    });
  }
  return ok(text);
}
