import {
  checkComposition,
  coreEntries,
  collaboratorEntries,
  phaseOf,
  sizeStatus,
  teamFormedOn,
  teamPermissions,
  type Membership,
  type MembershipDto,
  type MembershipRequest,
  type MembershipRole,
  type Team,
  type TeamDto,
  type TeamHistoryEntry,
  type TeamHistoryEntryDto,
  type UnitDto,
} from '@cdt/domain';
import type { MembershipRow } from './memberships.repository';
import type { RequestHistoryRow, RequestRow } from './requests.repository';
import type { TeamPlace } from './team-access';
import type { TeamHistoryRow, TeamRow } from './teams.repository';

export function placeOf(row: Pick<TeamRow, 'unitPath' | 'communePath'>): TeamPlace {
  return { unitPath: row.unitPath, communePath: row.communePath };
}

/** A team step for the team page, with who took it by name. */
export function toHistoryEntryDto(row: TeamHistoryRow): TeamHistoryEntryDto {
  return { ...toHistoryEntry(row), actorName: row.actorName };
}

export function toHistoryEntry(row: TeamHistoryRow): TeamHistoryEntry {
  return {
    action: row.action,
    actorId: row.actorId,
    at: row.at.toISOString(),
    note: row.note,
    status: row.status,
  };
}

/** The team as the domain's rules take it. */
export function toTeam(row: TeamRow, history: readonly TeamHistoryRow[]): Team {
  return {
    id: row.id,
    kind: row.kind,
    unitId: row.unitId,
    name: row.name,
    status: row.status,
    decision:
      row.decisionNumber !== null && row.decisionSignedOn !== null && row.decisionSignerName !== null
        ? {
            number: row.decisionNumber,
            signedOn: row.decisionSignedOn,
            signerName: row.decisionSignerName,
            signerUserId: row.decisionSignerId,
          }
        : null,
    activatedOn: row.activatedOn,
    dissolvedOn: row.dissolvedOn,
    dissolutionReason: row.dissolutionReason,
    history: history.filter((h) => h.teamId === row.id).map(toHistoryEntry),
  };
}

/** A membership as the domain's rules take it (without the person's name). */
export function toMembership(row: MembershipRow): Membership {
  const { fullName: _name, phone: _phone, ...membership } = row;
  return membership;
}

export function toUnitOfTeam(row: TeamRow): UnitDto {
  return {
    id: row.unitId,
    code: row.unitCode,
    name: row.unitName,
    kind: row.unitKind,
    parentId: row.unitParentId,
  };
}

export function toMembershipDto(row: MembershipRow): MembershipDto {
  return {
    id: row.id,
    teamId: row.teamId,
    person: { id: row.personId, fullName: row.fullName, phone: row.phone },
    role: row.role,
    slot: row.slot,
    status: row.status,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
    endReason: row.endReason,
  };
}

/** A team's card: counts, size status, roll-out phase and composition findings from its active roster. */
export function toTeamDto(
  row: TeamRow,
  activeMembers: readonly MembershipRow[],
  pendingRequestCount: number,
  myRole: MembershipRole | null,
): TeamDto {
  const team = toTeam(row, []);
  const core = coreEntries(activeMembers).length;
  const formedOn = teamFormedOn(team);
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    status: row.status,
    unit: toUnitOfTeam(row),
    decision: team.decision,
    activatedOn: row.activatedOn,
    dissolvedOn: row.dissolvedOn,
    dissolutionReason: row.dissolutionReason,
    coreCount: core,
    collaboratorCount: collaboratorEntries(activeMembers).length,
    sizeStatus: sizeStatus(row.kind, core),
    rolloutPeriod: formedOn === null ? null : phaseOf(formedOn),
    findings: row.status === 'dissolved' ? [] : checkComposition(team, activeMembers),
    myPermissions: teamPermissions(myRole),
    pendingRequestCount,
  };
}

/** The request as the domain's rules take it. */
export function toRequest(row: RequestRow, history: readonly RequestHistoryRow[]): MembershipRequest {
  return {
    ...row,
    openedAt: row.openedAt.toISOString(),
    history: history
      .filter((h) => h.requestId === row.id)
      .map((h) => ({
        action: h.action,
        actorId: h.actorId,
        at: h.at.toISOString(),
        note: h.note,
        state: h.state,
      })),
  };
}
