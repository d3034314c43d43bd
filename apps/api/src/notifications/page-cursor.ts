import { ErrorCode } from '@cdt/domain';
import { DomainException } from '../common/domain.exception';

/** An opaque keyset cursor: the sort key and id of the last row of a page, base64url-encoded JSON. */
export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

/** The (key, id) inside a cursor; a cursor the server did not make is a 400. */
export function decodeCursor(cursor: string | undefined): { key: string; id: string } | null {
  if (cursor === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      !Number.isNaN(Date.parse(parsed[0])) &&
      /^[0-9a-f-]{36}$/i.test(parsed[1])
    ) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the coded refusal
  }
  throw new DomainException(ErrorCode.ValidationFailed, 'The cursor is not valid.', [
    { path: 'cursor', message: 'not a cursor from this server' },
  ]);
}
