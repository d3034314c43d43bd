import type { z } from 'zod';

/** A form error as a key of `reports.errors` (so it follows a language switch) with its values. */
export interface ActivityError {
  key: 'required' | 'tooLarge' | 'wholeNumber' | 'otherPlatforms' | 'sessions' | 'invalid';
  values?: Record<string, number>;
}

/** Field path ("training.sessions", "initiatives.0.title") → its first error. */
export type ActivityErrors = Record<string, ActivityError>;

function toError(issue: z.core.$ZodIssue, field: string): ActivityError {
  if (field === 'otherPlatforms') return { key: 'otherPlatforms' };
  if (issue.code === 'custom' && field === 'training.sessions') return { key: 'sessions' };
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'number' ? { key: 'wholeNumber' } : { key: 'required' };
    case 'too_big':
      return { key: 'tooLarge', values: { max: Number(issue.maximum) } };
    case 'invalid_type':
      return issue.input === undefined || issue.input === '' ? { key: 'required' } : { key: 'wholeNumber' };
    default:
      return { key: 'invalid' };
  }
}

export function activityErrors(issues: readonly z.core.$ZodIssue[]): ActivityErrors {
  const errors: ActivityErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    errors[field] ??= toError(issue, field);
  }
  return errors;
}
