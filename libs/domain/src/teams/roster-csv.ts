import { z } from 'zod';
import { phoneSchema } from '../access/schemas';
import { foldForSearch, normalizeName } from '../common/text';
import { ErrorCode } from '../errors/error-codes';
import { checkCanAddMember } from './add-member-check';
import { MEMBERSHIP_ROLE_LABELS_VI, TEAM_SLOT_LABELS_VI } from './labels-vi';
import type { RosterEntry } from './membership';
import { MEMBERSHIP_ROLES, type MembershipRole } from './membership-roles';
import { parseRoleCell, parseSlotCell } from './roster-cells';
import { rosterProblemDetail, rosterProblemOfRule, type RosterProblemDetail } from './roster-problems';
import { resolveSlot, type TeamSlot } from './slots';
import type { TeamKind } from './team-kind';

/**
 * Roster CSV columns. A row belongs to the commune team of `commune_code` when `village_name` is blank,
 * else to the village team of that village (villages have no official code). `role` and `slot` accept
 * codes or Vietnamese words; `slot` is the commune seat, or the tag of a village member, blank where implied.
 */
export const ROSTER_CSV_COLUMNS = [
  'commune_code',
  'village_name',
  'full_name',
  'phone',
  'role',
  'slot',
] as const;
export type RosterCsvColumn = (typeof ROSTER_CSV_COLUMNS)[number];

const cell = z
  .string()
  .optional()
  .transform((value) => value ?? '');

/** Cell-level rules of one roster row (rules across rows are in validateRosterRows). */
export const rosterCsvRowSchema = z.object({
  // Same rule as the village import (hierarchy/schemas): official codes are digits.
  commune_code: cell.pipe(
    z
      .string()
      .trim()
      .regex(/^\d{2,5}$/, 'commune_code must be the commune’s official code (digits)'),
  ),
  village_name: cell.transform((value) => normalizeName(value)),
  full_name: cell.pipe(
    z.string().transform(normalizeName).pipe(z.string().min(1, 'full_name is required').max(120)),
  ),
  phone: cell.pipe(phoneSchema).transform(canonicalPhone),
  role: cell.transform((value, ctx) => {
    const role = parseRoleCell(value);
    if (role === null) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `role must be one of ${MEMBERSHIP_ROLES.map((r) => `${r} (${MEMBERSHIP_ROLE_LABELS_VI[r]})`).join(', ')}`,
      });
      return z.NEVER;
    }
    return role;
  }),
  slot: cell,
});
export type RosterCsvRowInput = z.input<typeof rosterCsvRowSchema>;

/** "+84912345678" and "0912345678" are the same phone; rosters store the 0-prefixed form. */
export function canonicalPhone(phone: string): string {
  return phone.startsWith('+84') ? `0${phone.slice(3)}` : phone;
}

/** Identifies the team a row belongs to: commune code plus the folded village name (blank for the commune team). */
export function rosterTeamKey(communeCode: string, villageName: string | null): string {
  return `${communeCode}|${villageName ? foldForSearch(villageName) : ''}`;
}

export interface ValidRosterRow {
  line: number;
  teamKey: string;
  teamKind: TeamKind;
  communeCode: string;
  /** Null for the commune team. */
  villageName: string | null;
  fullName: string;
  phone: string;
  role: MembershipRole;
  slot: TeamSlot | null;
}

export interface RosterProblemPlace {
  line: number;
  /** The offending column, or null for a rule across rows (team full, duplicate person). */
  column: RosterCsvColumn | null;
}

/** One problem: where, the error code, the stable reason with its params (for translation), and English words. */
export type RosterProblem = RosterProblemPlace & { code: string; message: string } & RosterProblemDetail;

export interface RosterValidation {
  ok: boolean;
  rows: ValidRosterRow[];
  problems: RosterProblem[];
}

export interface RosterValidationOptions {
  /** Line of the first data row in the file (default 2: line 1 is the header). */
  firstLine?: number;
  /** The file's own line of each row (header and blank lines counted), when the rows are not contiguous. */
  lines?: readonly number[];
  /** Active members already in a team, by rosterTeamKey, with the phone as personId so duplicates are caught. */
  existingMembers?: (teamKey: string) => readonly RosterEntry[];
}

/**
 * Validates every row and reports every problem by line, cell rules first, then the team rules row by row
 * as if the file were imported in order (duplicate person, slot, size with TEAM_FULL, single leader/deputy,
 * commune seats). An import writes nothing unless `ok`.
 */
export function validateRosterRows(
  rows: readonly Readonly<Record<string, string | undefined>>[],
  options: RosterValidationOptions = {},
): RosterValidation {
  const firstLine = options.firstLine ?? 2;
  const problems: RosterProblem[] = [];
  const valid: ValidRosterRow[] = [];
  const rosters = new Map<string, RosterEntry[]>();
  const lineOfPhone = new Map<string, number>();

  rows.forEach((raw, index) => {
    const line = options.lines?.[index] ?? firstLine + index;
    const parsed = rosterCsvRowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = ROSTER_CSV_COLUMNS.find((c) => c === issue.path[0]) ?? null;
        const detail = cellProblem(column, issue.code, raw);
        problems.push({ line, column, code: ErrorCode.ValidationFailed, message: issue.message, ...detail });
      }
      // Report the slot too when the role is readable, so one round of fixes is enough.
      const role = parseRoleCell(raw.role ?? '');
      const slotIssue = role && checkSlotCell(kindOfRow(raw.village_name ?? ''), role, raw.slot ?? '');
      if (slotIssue && !slotIssue.ok) problems.push({ line, ...slotIssue.problem });
      return;
    }
    const data = parsed.data;
    const villageName = data.village_name || null;
    const teamKind = kindOfRow(data.village_name);
    const slotCheck = checkSlotCell(teamKind, data.role, data.slot);
    if (!slotCheck.ok) {
      problems.push({ line, ...slotCheck.problem });
      return;
    }
    const slot = slotCheck.slot;
    const teamKey = rosterTeamKey(data.commune_code, villageName);
    const personKey = `${teamKey}#${data.phone}`;
    const earlier = lineOfPhone.get(personKey);
    if (earlier !== undefined) {
      const message = `phone ${data.phone} already appears for this team on line ${earlier}`;
      const detail = rosterProblemDetail('DUPLICATE_PHONE', { phone: data.phone, earlierLine: earlier });
      problems.push({ line, column: 'phone', code: ErrorCode.AlreadyMember, message, ...detail });
      return;
    }
    lineOfPhone.set(personKey, line);
    const roster = rosters.get(teamKey) ?? [...(options.existingMembers?.(teamKey) ?? [])];
    rosters.set(teamKey, roster);
    const accepted = checkCanAddMember({ kind: teamKind, status: 'active' }, roster, {
      personId: data.phone,
      role: data.role,
      slot,
    });
    if (!accepted.ok) {
      const column = TEAM_RULE_COLUMNS[accepted.error.code] ?? null;
      const { code, message } = accepted.error;
      problems.push({ line, column, code, message, ...rosterProblemOfRule(accepted.error, data.phone) });
      return;
    }
    roster.push({ personId: data.phone, role: accepted.value.role, slot: accepted.value.slot });
    valid.push({
      line,
      teamKey,
      teamKind,
      communeCode: data.commune_code,
      villageName,
      fullName: data.full_name,
      phone: data.phone,
      role: accepted.value.role,
      slot: accepted.value.slot,
    });
  });
  return { ok: problems.length === 0, rows: valid, problems };
}

/** The cell a team-rule refusal points at; TEAM_FULL points at the row as a whole. */
const TEAM_RULE_COLUMNS: Partial<Record<ErrorCode, RosterCsvColumn>> = {
  [ErrorCode.AlreadyMember]: 'phone',
  [ErrorCode.TeamRoleTaken]: 'role',
  [ErrorCode.TeamSlotTaken]: 'slot',
  [ErrorCode.TeamSlotInvalid]: 'slot',
};

function kindOfRow(villageName: string): TeamKind {
  return normalizeName(villageName) ? 'village' : 'commune';
}

/** The reason of a cell the schema refused, by its column. */
function cellProblem(
  column: RosterCsvColumn | null,
  issueCode: string,
  raw: Readonly<Record<string, string | undefined>>,
): RosterProblemDetail {
  const value = (column && raw[column]?.trim()) ?? '';
  switch (column) {
    case 'commune_code':
      return rosterProblemDetail('COMMUNE_CODE_FORMAT', { value });
    case 'full_name':
      return issueCode === 'too_big'
        ? rosterProblemDetail('FULL_NAME_TOO_LONG', { max: 120 })
        : rosterProblemDetail('FULL_NAME_REQUIRED', {});
    case 'phone':
      return rosterProblemDetail('PHONE_FORMAT', { value });
    case 'role':
      return rosterProblemDetail('ROLE_UNKNOWN', { value });
    default:
      return rosterProblemDetail('CELL_INVALID', {});
  }
}

type SlotCellCheck =
  | { ok: true; slot: TeamSlot | null }
  | {
      ok: false;
      problem: Omit<RosterProblemPlace, 'line'> & { code: string; message: string } & RosterProblemDetail;
    };

/** The slot cell read for the row's team kind and checked against its role. */
function checkSlotCell(kind: TeamKind, role: MembershipRole, text: string): SlotCellCheck {
  const slot = parseSlotCell(kind, text);
  if (slot === undefined) {
    const message = `slot “${text.trim()}” is not a ${kind}-team slot or tag`;
    const detail = rosterProblemDetail('SLOT_UNKNOWN', { value: text.trim(), kind });
    return { ok: false, problem: { column: 'slot', code: ErrorCode.TeamSlotInvalid, message, ...detail } };
  }
  const resolved = resolveSlot(kind, role, slot);
  if (!resolved.ok)
    return {
      ok: false,
      problem: {
        column: 'slot',
        code: resolved.error.code,
        message: resolved.error.message,
        ...rosterProblemOfRule(resolved.error, ''),
      },
    };
  return { ok: true, slot: resolved.value };
}

/** One exported roster row, in the import's columns and with Vietnamese words, so an export re-imports as is. */
export function rosterExportRow(entry: {
  communeCode: string;
  villageName: string | null;
  fullName: string;
  phone: string | null;
  role: MembershipRole;
  slot: TeamSlot | null;
}): Record<RosterCsvColumn, string> {
  return {
    commune_code: entry.communeCode,
    village_name: entry.villageName ?? '',
    full_name: entry.fullName,
    phone: entry.phone ?? '',
    role: MEMBERSHIP_ROLE_LABELS_VI[entry.role],
    slot: entry.slot ? TEAM_SLOT_LABELS_VI[entry.slot] : '',
  };
}
