import { ErrorCode, type ErrorBody } from '@cdt/domain';

/** HTTP status for every error code; the one exception filter uses it for HTTP and socket acks alike. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.ImportInvalid]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.InvalidCredentials]: 401,
  [ErrorCode.TokenInvalid]: 401,
  [ErrorCode.TokenExpired]: 401,
  [ErrorCode.RefreshReused]: 401,
  [ErrorCode.AccountDisabled]: 403,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.OutOfJurisdiction]: 403,
  // Skipping a link of the approval chain (a leader approving, another commune's chair) is an authorization refusal.
  [ErrorCode.RequestActorNotAllowed]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.UnitNotFound]: 404,
  [ErrorCode.UserNotFound]: 404,
  [ErrorCode.TeamNotFound]: 404,
  [ErrorCode.MembershipNotFound]: 404,
  [ErrorCode.MembershipRequestNotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.UsernameTaken]: 409,
  [ErrorCode.PhoneTaken]: 409,
  [ErrorCode.TeamAlreadyExists]: 409,
  [ErrorCode.TeamInvalidTransition]: 409,
  [ErrorCode.TeamNotActive]: 409,
  [ErrorCode.AlreadyMember]: 409,
  [ErrorCode.NotAMember]: 409,
  [ErrorCode.RequestAlreadyPending]: 409,
  [ErrorCode.RequestInvalidTransition]: 409,
  [ErrorCode.GrantKindMismatch]: 422,
  [ErrorCode.TeamKindMismatch]: 422,
  [ErrorCode.TeamDecisionRequired]: 422,
  [ErrorCode.TeamDateOutOfOrder]: 422,
  [ErrorCode.TeamFull]: 422,
  [ErrorCode.TeamRoleTaken]: 422,
  [ErrorCode.TeamSlotTaken]: 422,
  [ErrorCode.TeamSlotInvalid]: 422,
  [ErrorCode.TooManyAttempts]: 429,
  [ErrorCode.Internal]: 500,
  // channels
  [ErrorCode.ChannelNotFound]: 404,
  [ErrorCode.MessageNotFound]: 404,
  [ErrorCode.PollNotFound]: 404,
  [ErrorCode.NotAChannelMember]: 403,
  [ErrorCode.ChannelPostNotAllowed]: 403,
  [ErrorCode.DirectMessageNotAllowed]: 403,
  [ErrorCode.MessageNotOwn]: 403,
  [ErrorCode.ChannelArchived]: 409,
  [ErrorCode.ChannelNotManual]: 409,
  [ErrorCode.ChannelLastOwner]: 409,
  [ErrorCode.MessageNotEditable]: 409,
  [ErrorCode.MessageDeleted]: 409,
  [ErrorCode.ClientMessageIdReused]: 409,
  [ErrorCode.PollClosed]: 409,
  [ErrorCode.ChannelMemberLimit]: 422,
  [ErrorCode.ThreadParentInvalid]: 422,
  [ErrorCode.PinLimitReached]: 422,
  [ErrorCode.PollOptionInvalid]: 422,
  [ErrorCode.PollDeadlineInvalid]: 422,
  [ErrorCode.HistoryCursorInvalid]: 400,
  // tasks
  [ErrorCode.TaskNotFound]: 404,
  [ErrorCode.AssignmentNotFound]: 404,
  [ErrorCode.TaskInvalidTransition]: 409,
  [ErrorCode.TaskNotOpen]: 409,
  [ErrorCode.AssignmentInvalidTransition]: 409,
  [ErrorCode.TaskActorNotAllowed]: 403,
  [ErrorCode.AssignmentActorNotAllowed]: 403,
  [ErrorCode.TaskTargetEmpty]: 422,
  [ErrorCode.TaskDueInPast]: 422,
  [ErrorCode.TaskFieldLocked]: 422,
  [ErrorCode.NudgeNoTeamsBehind]: 422,
  [ErrorCode.NudgeRateLimited]: 429,
  // reports
  [ErrorCode.ReportNotFound]: 404,
  [ErrorCode.ReportDefinitionNotFound]: 404,
  [ErrorCode.ReportAlreadyExists]: 409,
  [ErrorCode.ReportInvalidTransition]: 409,
  [ErrorCode.ReportLocked]: 409,
  [ErrorCode.ReportActorNotAllowed]: 403,
  [ErrorCode.ReportPeriodInvalid]: 422,
  [ErrorCode.ReportPeriodNotOpen]: 422,
  [ErrorCode.ReportNotExpected]: 422,
};

/** A coded, expected failure: services throw it, the exception filter maps it to `{ code, message, details }`. */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
