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
