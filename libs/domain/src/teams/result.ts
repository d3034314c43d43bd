import type { ErrorCode } from '../errors/error-codes';

/** A coded refusal from a pure rule; the API turns it into its `{ code, message, details }` error body. */
export interface DomainError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/** What every rule and transition returns: the new value, or a coded refusal (never a thrown error). */
export type DomainResult<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export function ok<T>(value: T): DomainResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: ErrorCode,
  message: string,
  details?: Record<string, unknown>,
): DomainResult<T> {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } };
}
