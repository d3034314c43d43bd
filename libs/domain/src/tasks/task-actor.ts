import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';

/** The acting user relative to a task: `isIssuer` means a steering grant covering the task's issuing unit. */
export interface TaskActor {
  userId: string;
  isIssuer: boolean;
}

/** Only the issuing unit drafts, edits, publishes, cancels, closes and nudges. */
export function checkIssuer(actor: TaskActor): DomainResult<true> {
  return actor.isIssuer
    ? ok(true)
    : fail(ErrorCode.TaskActorNotAllowed, 'Only the issuing unit can manage this task', {
        userId: actor.userId,
      });
}
