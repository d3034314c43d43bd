import type { DomainError } from './result';
import type { MembershipRole } from './membership-roles';
import type { TeamSlot } from './slots';
import type { TeamKind } from './team-kind';

type NoParams = Record<string, never>;

/**
 * The stable reason of each roster CSV problem and the values its text needs, so clients can say it in
 * their own language (the web says it in Vietnamese) while `message` stays the English wording.
 */
export interface RosterProblemParamsByReason {
  FILE_UNREADABLE: { detail: string };
  HEADER_COLUMNS_MISSING: { missing: string };
  NO_DATA_ROWS: NoParams;
  COMMUNE_CODE_FORMAT: { value: string };
  FULL_NAME_REQUIRED: NoParams;
  FULL_NAME_TOO_LONG: { max: number };
  PHONE_FORMAT: { value: string };
  ROLE_UNKNOWN: { value: string };
  CELL_INVALID: NoParams;
  SLOT_UNKNOWN: { value: string; kind: TeamKind };
  SLOT_REQUIRED: { kind: TeamKind; role: MembershipRole; allowed: string };
  SLOT_NOT_ALLOWED: { kind: TeamKind; role: MembershipRole; slot: string; allowed: string };
  DUPLICATE_PHONE: { phone: string; earlierLine: number };
  ALREADY_MEMBER: { phone: string };
  TEAM_FULL: { kind: TeamKind; max: number; coreCount: number };
  ROLE_TAKEN: { role: MembershipRole };
  SLOT_TAKEN: { slot: string };
  TEAM_NOT_ACTIVE: NoParams;
  COMMUNE_NOT_FOUND: { code: string };
  NOT_A_COMMUNE: { code: string; kind: string };
  COMMUNE_OUT_OF_JURISDICTION: { code: string; name: string };
  VILLAGE_NOT_FOUND: { code: string; village: string };
  /** A refusal of a team rule this list does not name yet; `message` says it. */
  TEAM_RULE: NoParams;
}
export type RosterProblemReason = keyof RosterProblemParamsByReason;

/** A reason with its params, checked together. */
export type RosterProblemDetail = {
  [R in RosterProblemReason]: { reason: R; params: RosterProblemParamsByReason[R] };
}[RosterProblemReason];

export function rosterProblemDetail<R extends RosterProblemReason>(
  reason: R,
  params: RosterProblemParamsByReason[R],
): RosterProblemDetail {
  return { reason, params } as RosterProblemDetail;
}

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
const list = (value: unknown): string =>
  Array.isArray(value) ? value.filter((v) => v !== null).join(', ') : text(value);

/** The reason of a team-rule refusal (slot, size, single holder, seat), from its code and details. */
export function rosterProblemOfRule(error: DomainError, phone: string): RosterProblemDetail {
  const d = error.details ?? {};
  switch (error.code) {
    case 'TEAM_SLOT_INVALID':
      return d.slot === null || d.slot === undefined
        ? rosterProblemDetail('SLOT_REQUIRED', {
            kind: d.kind as TeamKind,
            role: d.role as MembershipRole,
            allowed: list(d.allowed),
          })
        : rosterProblemDetail('SLOT_NOT_ALLOWED', {
            kind: d.kind as TeamKind,
            role: d.role as MembershipRole,
            slot: text(d.slot as TeamSlot),
            allowed: list(d.allowed),
          });
    case 'ALREADY_MEMBER':
      return rosterProblemDetail('ALREADY_MEMBER', { phone });
    case 'TEAM_FULL':
      return rosterProblemDetail('TEAM_FULL', {
        kind: d.kind as TeamKind,
        max: Number(d.max),
        coreCount: Number(d.coreCount),
      });
    case 'TEAM_ROLE_TAKEN':
      return rosterProblemDetail('ROLE_TAKEN', { role: d.role as MembershipRole });
    case 'TEAM_SLOT_TAKEN':
      return rosterProblemDetail('SLOT_TAKEN', { slot: text(d.slot) });
    case 'TEAM_NOT_ACTIVE':
      return rosterProblemDetail('TEAM_NOT_ACTIVE', {});
    default:
      return rosterProblemDetail('TEAM_RULE', {});
  }
}
