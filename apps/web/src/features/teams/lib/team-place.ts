import type { TeamDto } from '@cdt/domain';

/** The commune a team belongs to: its own unit for a commune team, the village's parent for a village team. */
export function communeIdOf(team: Pick<TeamDto, 'kind' | 'unit'>): string | null {
  return team.kind === 'commune' ? team.unit.id : team.unit.parentId;
}

/**
 * Commune names known from a list of teams (their commune teams' units), to tell apart villages of the same
 * name in different communes without another request.
 */
export function communeNamesOf(teams: readonly TeamDto[]): Map<string, string> {
  return new Map(
    teams.filter((team) => team.kind === 'commune').map((team) => [team.unit.id, team.unit.name]),
  );
}

export function errorCount(team: Pick<TeamDto, 'findings'>): number {
  return team.findings.filter((finding) => finding.severity === 'error').length;
}

export function warningCount(team: Pick<TeamDto, 'findings'>): number {
  return team.findings.filter((finding) => finding.severity === 'warning').length;
}
