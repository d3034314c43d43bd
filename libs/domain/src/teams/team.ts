import type { CalendarDate } from './calendar';
import type { TeamKind, TeamStatus } from './team-kind';

/** The commune chair's decision establishing a team (§3.1.1: "Thẩm quyền thành lập: Chủ tịch UBND cấp xã"). */
export interface EstablishmentDecision {
  /** As printed, e.g. "125/QĐ-UBND". */
  number: string;
  signedOn: CalendarDate;
  /** Name of the signer as printed (the commune chair, or a vice-chair signing "KT. Chủ tịch"). */
  signerName: string;
  /** The signer's user account when they have one. */
  signerUserId: string | null;
}

export const TEAM_HISTORY_ACTIONS = ['propose', 'establish', 'activate', 'dissolve'] as const;
export type TeamHistoryAction = (typeof TEAM_HISTORY_ACTIONS)[number];

export interface TeamHistoryEntry {
  action: TeamHistoryAction;
  actorId: string;
  /** ISO timestamp of the step. */
  at: string;
  note: string | null;
  /** Status after the step. */
  status: TeamStatus;
}

/** A team as the rules see it; the API persists exactly these fields. */
export interface Team {
  id: string;
  kind: TeamKind;
  /** The commune (commune team) or village (village team) the team belongs to. */
  unitId: string;
  name: string;
  status: TeamStatus;
  decision: EstablishmentDecision | null;
  activatedOn: CalendarDate | null;
  dissolvedOn: CalendarDate | null;
  dissolutionReason: string | null;
  history: TeamHistoryEntry[];
}

/** The date a team counts as formed for the roll-out: its decision, else its launch; null while only proposed. */
export function teamFormedOn(team: Pick<Team, 'decision' | 'activatedOn'>): CalendarDate | null {
  return team.decision?.signedOn ?? team.activatedOn ?? null;
}

const UNIT_NAME_PREFIXES = [
  'xã',
  'phường',
  'thị trấn',
  'thôn',
  'bản',
  'khu phố',
  'tổ dân phố',
  'khóm',
  'làng',
];

/** "Tổ công nghệ số cộng đồng thôn Tân Mỹ" from "Thôn Tân Mỹ": the administrative prefix is lower-cased mid-sentence. */
export function defaultTeamName(unitName: string): string {
  const name = unitName.normalize('NFC').replace(/\s+/g, ' ').trim();
  const lower = name.toLocaleLowerCase('vi');
  const prefix = UNIT_NAME_PREFIXES.find((p) => lower.startsWith(p + ' '));
  const unitPart = prefix ? prefix + name.slice(prefix.length) : name;
  return `Tổ công nghệ số cộng đồng ${unitPart}`;
}
