/** Stable error codes shared by the API (HTTP bodies, socket acks) and the web app (translations). */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  Unauthenticated: 'UNAUTHENTICATED',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  TooManyAttempts: 'TOO_MANY_ATTEMPTS',
  TokenInvalid: 'TOKEN_INVALID',
  TokenExpired: 'TOKEN_EXPIRED',
  RefreshReused: 'REFRESH_TOKEN_REUSED',
  AccountDisabled: 'ACCOUNT_DISABLED',
  Forbidden: 'FORBIDDEN',
  OutOfJurisdiction: 'OUT_OF_JURISDICTION',
  NotFound: 'NOT_FOUND',
  UnitNotFound: 'UNIT_NOT_FOUND',
  UserNotFound: 'USER_NOT_FOUND',
  Conflict: 'CONFLICT',
  UsernameTaken: 'USERNAME_TAKEN',
  PhoneTaken: 'PHONE_TAKEN',
  GrantKindMismatch: 'GRANT_KIND_MISMATCH',
  ImportInvalid: 'IMPORT_INVALID',
  TeamNotFound: 'TEAM_NOT_FOUND',
  MembershipNotFound: 'MEMBERSHIP_NOT_FOUND',
  MembershipRequestNotFound: 'MEMBERSHIP_REQUEST_NOT_FOUND',
  TeamKindMismatch: 'TEAM_KIND_MISMATCH',
  TeamAlreadyExists: 'TEAM_ALREADY_EXISTS',
  TeamInvalidTransition: 'TEAM_INVALID_TRANSITION',
  TeamDecisionRequired: 'TEAM_DECISION_REQUIRED',
  TeamDateOutOfOrder: 'TEAM_DATE_OUT_OF_ORDER',
  TeamNotActive: 'TEAM_NOT_ACTIVE',
  TeamFull: 'TEAM_FULL',
  TeamRoleTaken: 'TEAM_ROLE_TAKEN',
  TeamSlotTaken: 'TEAM_SLOT_TAKEN',
  TeamSlotInvalid: 'TEAM_SLOT_INVALID',
  AlreadyMember: 'ALREADY_MEMBER',
  NotAMember: 'NOT_A_MEMBER',
  RequestAlreadyPending: 'REQUEST_ALREADY_PENDING',
  RequestInvalidTransition: 'REQUEST_INVALID_TRANSITION',
  RequestActorNotAllowed: 'REQUEST_ACTOR_NOT_ALLOWED',
  Internal: 'INTERNAL_ERROR',
  // channels
  ChannelNotFound: 'CHANNEL_NOT_FOUND',
  MessageNotFound: 'MESSAGE_NOT_FOUND',
  PollNotFound: 'POLL_NOT_FOUND',
  NotAChannelMember: 'NOT_A_CHANNEL_MEMBER',
  ChannelPostNotAllowed: 'CHANNEL_POST_NOT_ALLOWED',
  ChannelArchived: 'CHANNEL_ARCHIVED',
  ChannelNotManual: 'CHANNEL_NOT_MANUAL',
  ChannelLastOwner: 'CHANNEL_LAST_OWNER',
  ChannelMemberLimit: 'CHANNEL_MEMBER_LIMIT',
  DirectMessageNotAllowed: 'DIRECT_MESSAGE_NOT_ALLOWED',
  MessageNotOwn: 'MESSAGE_NOT_OWN',
  MessageNotEditable: 'MESSAGE_NOT_EDITABLE',
  MessageDeleted: 'MESSAGE_DELETED',
  ThreadParentInvalid: 'THREAD_PARENT_INVALID',
  ClientMessageIdReused: 'CLIENT_MESSAGE_ID_REUSED',
  PinLimitReached: 'PIN_LIMIT_REACHED',
  PollClosed: 'POLL_CLOSED',
  PollOptionInvalid: 'POLL_OPTION_INVALID',
  PollDeadlineInvalid: 'POLL_DEADLINE_INVALID',
  HistoryCursorInvalid: 'HISTORY_CURSOR_INVALID',
  // tasks
  TaskNotFound: 'TASK_NOT_FOUND',
  AssignmentNotFound: 'ASSIGNMENT_NOT_FOUND',
  TaskInvalidTransition: 'TASK_INVALID_TRANSITION',
  TaskNotOpen: 'TASK_NOT_OPEN',
  AssignmentInvalidTransition: 'ASSIGNMENT_INVALID_TRANSITION',
  TaskActorNotAllowed: 'TASK_ACTOR_NOT_ALLOWED',
  AssignmentActorNotAllowed: 'ASSIGNMENT_ACTOR_NOT_ALLOWED',
  TaskTargetEmpty: 'TASK_TARGET_EMPTY',
  TaskDueInPast: 'TASK_DUE_IN_PAST',
  TaskFieldLocked: 'TASK_FIELD_LOCKED',
  NudgeNoTeamsBehind: 'NUDGE_NO_TEAMS_BEHIND',
  NudgeRateLimited: 'NUDGE_RATE_LIMITED',
  // reports
  ReportNotFound: 'REPORT_NOT_FOUND',
  ReportDefinitionNotFound: 'REPORT_DEFINITION_NOT_FOUND',
  ReportAlreadyExists: 'REPORT_ALREADY_EXISTS',
  ReportInvalidTransition: 'REPORT_INVALID_TRANSITION',
  ReportLocked: 'REPORT_LOCKED',
  ReportActorNotAllowed: 'REPORT_ACTOR_NOT_ALLOWED',
  ReportPeriodInvalid: 'REPORT_PERIOD_INVALID',
  ReportPeriodNotOpen: 'REPORT_PERIOD_NOT_OPEN',
  ReportNotExpected: 'REPORT_NOT_EXPECTED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The one error shape of every 4xx/5xx response and every failed socket ack. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
  /** Present on 500s: the id that appears in the server log. */
  errorId?: string;
}

/** One offending field of a VALIDATION_FAILED error (`details` is an array of these). */
export interface FieldIssue {
  path: string;
  message: string;
}
