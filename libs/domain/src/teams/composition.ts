import { activeEntries, coreEntries, type RosterEntry } from './membership';
import { COMMUNE_MEMBER_SLOTS, resolveSlot, type TeamSlot } from './slots';
import { sizeStatus, TEAM_SIZE } from './size-rules';
import type { TeamKind, TeamStatus } from './team-kind';

export const COMPOSITION_FINDING_CODES = [
  'MISSING_LEADER',
  'DUPLICATE_LEADER',
  'MISSING_DEPUTY',
  'DUPLICATE_DEPUTY',
  'MISSING_SLOT',
  'DUPLICATE_SLOT',
  'SLOT_MISMATCH',
  'BELOW_MINIMUM',
  'ABOVE_MAXIMUM',
  'NOT_ACTIVE',
] as const;
export type CompositionFindingCode = (typeof COMPOSITION_FINDING_CODES)[number];

export type FindingSeverity = 'error' | 'warning';

/** One departure from §3.1; `error` breaks a rule of the plan, `warning` is allowed but worth attention. */
export interface CompositionFinding {
  code: CompositionFindingCode;
  severity: FindingSeverity;
  message: string;
  slot?: TeamSlot;
  personIds?: string[];
  coreCount?: number;
  limit?: number;
}

/**
 * Checks a team's active roster against §3.1: one leader; a village team also one deputy (the plan names
 * no deputy for a commune team); every commune slot filled once; slots fitting roles; core size in range
 * (below the minimum is only a warning, since teams fill up over time).
 */
export function checkComposition(
  team: { kind: TeamKind; status?: TeamStatus },
  members: readonly RosterEntry[],
): CompositionFinding[] {
  const findings: CompositionFinding[] = [];
  const active = activeEntries(members);
  const core = coreEntries(members);

  if (team.status === 'proposed') {
    findings.push({
      code: 'NOT_ACTIVE',
      severity: 'warning',
      message: 'The team is proposed but not yet launched',
    });
  }
  const holders = (role: RosterEntry['role']) => active.filter((m) => m.role === role).map((m) => m.personId);
  const leaders = holders('leader');
  if (leaders.length === 0)
    findings.push({ code: 'MISSING_LEADER', severity: 'error', message: 'No team leader' });
  if (leaders.length > 1) {
    findings.push({
      code: 'DUPLICATE_LEADER',
      severity: 'error',
      message: 'More than one leader',
      personIds: leaders,
    });
  }
  const deputies = holders('deputy');
  if (team.kind === 'village' && deputies.length === 0) {
    findings.push({
      code: 'MISSING_DEPUTY',
      severity: 'error',
      message: 'No deputy (village Youth Union secretary)',
    });
  }
  if (deputies.length > 1) {
    findings.push({
      code: 'DUPLICATE_DEPUTY',
      severity: 'error',
      message: 'More than one deputy',
      personIds: deputies,
    });
  }

  for (const entry of active) {
    if (!resolveSlot(team.kind, entry.role, entry.slot).ok) {
      findings.push({
        code: 'SLOT_MISMATCH',
        severity: 'error',
        message: `A ${entry.role} holds slot ${entry.slot ?? '(none)'}, which the plan does not allow`,
        personIds: [entry.personId],
        ...(entry.slot ? { slot: entry.slot } : {}),
      });
    }
  }

  if (team.kind === 'commune') {
    // commune_leadership is the leader's slot: MISSING_LEADER / DUPLICATE_LEADER already say it.
    for (const slot of COMMUNE_MEMBER_SLOTS) {
      const holding = core.filter((m) => m.slot === slot).map((m) => m.personId);
      if (holding.length === 0) {
        findings.push({
          code: 'MISSING_SLOT',
          severity: 'error',
          message: `Slot ${slot} is not filled`,
          slot,
        });
      }
      if (holding.length > 1) {
        findings.push({
          code: 'DUPLICATE_SLOT',
          severity: 'error',
          message: `Slot ${slot} is held by ${holding.length} people`,
          slot,
          personIds: holding,
        });
      }
    }
  }

  const { min, max } = TEAM_SIZE[team.kind];
  const status = sizeStatus(team.kind, core.length);
  if (status === 'below_minimum') {
    findings.push({
      code: 'BELOW_MINIMUM',
      severity: 'warning',
      message: `${core.length} core members; a ${team.kind} team keeps at least ${min}`,
      coreCount: core.length,
      limit: min,
    });
  }
  if (status === 'above_maximum') {
    findings.push({
      code: 'ABOVE_MAXIMUM',
      severity: 'error',
      message: `${core.length} core members; a ${team.kind} team keeps at most ${max} (extra people are collaborators)`,
      coreCount: core.length,
      limit: max,
    });
  }
  return findings;
}
