import type { UnitKind } from '../hierarchy/unit-kind';
import { checkComposition, type CompositionFinding, type CompositionFindingCode } from './composition';
import { collaboratorEntries, coreEntries, type RosterEntry } from './membership';
import { walkSubtree, type PlainUnit } from './subtree';
import { TEAM_UNIT_KIND, type TeamKind, type TeamStatus } from './team-kind';

export interface ComplianceInput {
  rootUnitId: string;
  /** The subtree's units (extra units outside it are ignored). */
  units: readonly PlainUnit[];
  teams: readonly { id: string; unitId: string; kind: TeamKind; status: TeamStatus; name: string }[];
  /** Memberships of those teams (ended ones are ignored). */
  members: readonly (RosterEntry & { teamId: string })[];
}

export interface TeamComplianceDto {
  teamId: string;
  teamName: string;
  kind: TeamKind;
  status: TeamStatus;
  unitId: string;
  unitName: string;
  coreCount: number;
  collaboratorCount: number;
  findings: CompositionFinding[];
}

export interface UnitWithoutTeamDto {
  unitId: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

export interface ComplianceReportDto {
  rootUnitId: string;
  /** Every non-dissolved team in the subtree, in tree order, with its findings (empty when compliant). */
  teams: TeamComplianceDto[];
  /** Communes without a commune team and villages without a village team. */
  unitsWithoutTeam: UnitWithoutTeamDto[];
  totals: {
    communes: number;
    villages: number;
    communesWithTeam: number;
    villagesWithTeam: number;
    teams: number;
    teamsWithErrors: number;
    teamsWithWarnings: number;
    findingsByCode: Partial<Record<CompositionFindingCode, number>>;
  };
}

/** Compliance of every team in a unit's subtree with §3.1, and the communes and villages still without a team. */
export function complianceReport(input: ComplianceInput): ComplianceReportDto {
  const units = walkSubtree(input.rootUnitId, input.units);
  const membersByTeam = new Map<string, RosterEntry[]>();
  for (const member of input.members) {
    const list = membersByTeam.get(member.teamId) ?? [];
    list.push(member);
    membersByTeam.set(member.teamId, list);
  }
  const liveTeamsByUnit = new Map<string, ComplianceInput['teams'][number][]>();
  for (const team of input.teams) {
    if (team.status === 'dissolved') continue;
    const list = liveTeamsByUnit.get(team.unitId) ?? [];
    list.push(team);
    liveTeamsByUnit.set(team.unitId, list);
  }

  const report: ComplianceReportDto = {
    rootUnitId: input.rootUnitId,
    teams: [],
    unitsWithoutTeam: [],
    totals: {
      communes: 0,
      villages: 0,
      communesWithTeam: 0,
      villagesWithTeam: 0,
      teams: 0,
      teamsWithErrors: 0,
      teamsWithWarnings: 0,
      findingsByCode: {},
    },
  };
  const { totals } = report;
  for (const unit of units) {
    const teams = liveTeamsByUnit.get(unit.id) ?? [];
    for (const team of teams) {
      const members = membersByTeam.get(team.id) ?? [];
      const findings = checkComposition(team, members);
      report.teams.push({
        teamId: team.id,
        teamName: team.name,
        kind: team.kind,
        status: team.status,
        unitId: unit.id,
        unitName: unit.name,
        coreCount: coreEntries(members).length,
        collaboratorCount: collaboratorEntries(members).length,
        findings,
      });
      totals.teams += 1;
      if (findings.some((f) => f.severity === 'error')) totals.teamsWithErrors += 1;
      if (findings.some((f) => f.severity === 'warning')) totals.teamsWithWarnings += 1;
      for (const f of findings) totals.findingsByCode[f.code] = (totals.findingsByCode[f.code] ?? 0) + 1;
    }
    if (unit.kind !== 'commune' && unit.kind !== 'village') continue;
    const hasOwnTeam = teams.some((team) => TEAM_UNIT_KIND[team.kind] === unit.kind);
    if (unit.kind === 'commune') {
      totals.communes += 1;
      if (hasOwnTeam) totals.communesWithTeam += 1;
    } else {
      totals.villages += 1;
      if (hasOwnTeam) totals.villagesWithTeam += 1;
    }
    if (!hasOwnTeam) {
      report.unitsWithoutTeam.push({
        unitId: unit.id,
        name: unit.name,
        kind: unit.kind,
        parentId: unit.parentId,
      });
    }
  }
  return report;
}
