import type { z } from 'zod';
import type { Messages } from '../../i18n/vi';

export type ValidationKey = keyof Messages['validation'];

/** A field error as a translation key, so it follows a language switch after validation. */
export interface FieldError {
  key: ValidationKey;
  values?: Record<string, number>;
}

/** Fields whose format errors have a specific explanation. */
const FORMAT_KEYS: Record<string, ValidationKey> = {
  username: 'usernameFormat',
  phone: 'phoneFormat',
};

export function issueToFieldError(issue: z.core.$ZodIssue): FieldError {
  const field = String(issue.path[0] ?? '');
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1
        ? { key: 'required' }
        : { key: 'tooShort', values: { min: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'tooLong', values: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { key: FORMAT_KEYS[field] ?? 'invalid' };
    case 'invalid_type':
      return issue.input === undefined ? { key: 'required' } : { key: 'invalid' };
    default:
      return { key: 'invalid' };
  }
}

/** First error per top-level field. */
export function issuesToFieldErrors<F extends string>(
  issues: readonly z.core.$ZodIssue[],
): Partial<Record<F, FieldError>> {
  const errors: Partial<Record<string, FieldError>> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= issueToFieldError(issue);
  }
  return errors;
}
