import type { UnitKind } from '../hierarchy/unit-kind';
import type { CalendarDate } from '../teams/calendar';
import { walkSubtree, type PlainUnit } from '../teams/subtree';
import type { TeamKind, TeamStatus } from '../teams/team-kind';
import {
  areaTargets,
  phaseOf,
  ROLLOUT_PHASES,
  type CountRange,
  type RolloutPeriod,
  type RolloutPhaseId,
} from './phases';

export interface RolloutInput {
  /** Any unit: a district, a province (with or without districts), or a commune. */
  scopeUnitId: string;
  units: readonly PlainUnit[];
  /** Teams with the date they were formed (teamFormedOn: decision date, else launch date; null if only proposed). */
  teams: readonly {
    id: string;
    unitId: string;
    kind: TeamKind;
    status: TeamStatus;
    formedOn: CalendarDate | null;
  }[];
  /** "Today" for phase statuses. */
  asOf: CalendarDate;
}

export type PhaseStatus = 'upcoming' | 'in_progress' | 'met' | 'missed' | 'ended';

export interface PhaseCounts {
  communes: number;
  communeTeams: number;
  villageTeams: number;
}

export interface PhaseProgressDto {
  phase: RolloutPhaseId;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  target: { communes: CountRange; communeTeams: CountRange; villageTeams: CountRange } | null;
  actual: PhaseCounts;
  /** met once every minimum is reached; missed when the phase ended short; ended for the target-less scale-up. */
  status: PhaseStatus;
}

export interface CommuneRolloutDto {
  communeId: string;
  name: string;
  /** The phase of the commune's first team: the phase whose targets it counts toward. */
  enteredIn: RolloutPeriod;
  communeTeamFormedIn: RolloutPeriod | null;
  villageTeams: number;
  villageTeamsByPeriod: Partial<Record<RolloutPeriod, number>>;
  /** Village teams this commune should form in the phase it entered, or null (scale-up, outside the plan). */
  villageTarget: CountRange | null;
  villageTeamsInEntryPhase: number;
  meetsVillageTarget: boolean | null;
}

export interface TeamRolloutDto {
  teamId: string;
  kind: TeamKind;
  unitId: string;
  communeId: string;
  formedOn: CalendarDate | null;
  /** Null while the team is only proposed. */
  period: RolloutPeriod | null;
}

/** Progress of one roll-out area: the unit directly above its communes (district, or province without districts). */
export interface RolloutAreaProgressDto {
  areaUnitId: string;
  areaName: string | null;
  areaKind: UnitKind | null;
  phases: PhaseProgressDto[];
  communes: CommuneRolloutDto[];
  teams: TeamRolloutDto[];
}

export interface RolloutProgressDto {
  scopeUnitId: string;
  asOf: CalendarDate;
  currentPeriod: RolloutPeriod;
  areas: RolloutAreaProgressDto[];
}

type FormedTeam = TeamRolloutDto & { formedOn: CalendarDate; period: RolloutPeriod };

function isFormed(team: TeamRolloutDto): team is FormedTeam {
  return team.formedOn !== null && team.period !== null;
}

/** Teams formed before the plan (under the ministry's 2021 pilot guidance) count toward the pilot. */
function countingPhase(period: RolloutPeriod): RolloutPhaseId | null {
  if (period === 'before_plan') return 'pilot';
  return period === 'after_plan' ? null : period;
}

/**
 * Roll-out targets against existing teams for every area in a subtree. Areas are found by walking kinds
 * and parents (the parent of each commune, and every district), never by counting levels, so a province
 * without districts is one area. Dissolved teams do not count.
 */
export function rolloutProgress(input: RolloutInput): RolloutProgressDto {
  const units = walkSubtree(input.scopeUnitId, input.units);
  const byId = new Map(input.units.map((unit) => [unit.id, unit]));
  const communes = units.filter((unit) => unit.kind === 'commune');

  const areaIds: string[] = [];
  for (const unit of units) {
    const isArea = unit.kind === 'district' || communes.some((c) => c.parentId === unit.id);
    if (isArea) areaIds.push(unit.id);
  }
  for (const commune of communes) {
    if (commune.parentId !== null && !areaIds.includes(commune.parentId)) areaIds.push(commune.parentId);
  }

  const communeOf = (unitId: string): PlainUnit | undefined => {
    const unit = byId.get(unitId);
    if (!unit) return undefined;
    if (unit.kind === 'commune') return unit;
    const parent = unit.kind === 'village' && unit.parentId !== null ? byId.get(unit.parentId) : undefined;
    return parent?.kind === 'commune' ? parent : undefined;
  };
  const communeIds = new Set(communes.map((c) => c.id));
  const teams: TeamRolloutDto[] = [];
  for (const team of input.teams) {
    if (team.status === 'dissolved') continue;
    const commune = communeOf(team.unitId);
    if (!commune || !communeIds.has(commune.id)) continue;
    const period = team.formedOn === null ? null : phaseOf(team.formedOn);
    teams.push({
      teamId: team.id,
      kind: team.kind,
      unitId: team.unitId,
      communeId: commune.id,
      formedOn: team.formedOn,
      period,
    });
  }

  const areas = areaIds.map((areaId) =>
    areaProgress(
      areaId,
      byId.get(areaId),
      communes.filter((c) => c.parentId === areaId),
      teams,
      input.asOf,
    ),
  );
  return { scopeUnitId: input.scopeUnitId, asOf: input.asOf, currentPeriod: phaseOf(input.asOf), areas };
}

function areaProgress(
  areaId: string,
  area: PlainUnit | undefined,
  communes: readonly PlainUnit[],
  allTeams: readonly TeamRolloutDto[],
  asOf: CalendarDate,
): RolloutAreaProgressDto {
  const communeIds = new Set(communes.map((c) => c.id));
  const teams = allTeams.filter((t) => communeIds.has(t.communeId));
  const communeRows: CommuneRolloutDto[] = [];
  for (const commune of communes) {
    const own = teams.filter((t) => t.communeId === commune.id).filter(isFormed);
    const firstFormed = own.map((t) => t.formedOn).sort()[0];
    if (firstFormed === undefined) continue;
    const enteredIn = phaseOf(firstFormed);
    const entryPhase = countingPhase(enteredIn);
    const villages = own.filter((t) => t.kind === 'village');
    const villageTeamsByPeriod: Partial<Record<RolloutPeriod, number>> = {};
    for (const t of villages) villageTeamsByPeriod[t.period] = (villageTeamsByPeriod[t.period] ?? 0) + 1;
    const target = ROLLOUT_PHASES.find((p) => p.id === entryPhase)?.target?.villageTeamsPerCommune ?? null;
    const inEntryPhase = villages.filter((t) => countingPhase(t.period) === entryPhase).length;
    communeRows.push({
      communeId: commune.id,
      name: commune.name,
      enteredIn,
      communeTeamFormedIn: own.find((t) => t.kind === 'commune')?.period ?? null,
      villageTeams: villages.length,
      villageTeamsByPeriod,
      villageTarget: target ? { ...target } : null,
      villageTeamsInEntryPhase: inEntryPhase,
      meetsVillageTarget: target ? inEntryPhase >= target.min : null,
    });
  }

  const phases = ROLLOUT_PHASES.map((phase): PhaseProgressDto => {
    const formedIn = (t: TeamRolloutDto) => t.period !== null && countingPhase(t.period) === phase.id;
    const actual: PhaseCounts = {
      communes: communeRows.filter((c) => countingPhase(c.enteredIn) === phase.id).length,
      communeTeams: teams.filter((t) => t.kind === 'commune' && formedIn(t)).length,
      villageTeams: teams.filter((t) => t.kind === 'village' && formedIn(t)).length,
    };
    const target = phase.target ? areaTargets(phase.target) : null;
    return {
      phase: phase.id,
      startsOn: phase.startsOn,
      endsOn: phase.endsOn,
      target,
      actual,
      status: statusOf(),
    };

    function statusOf(): PhaseStatus {
      if (asOf < phase.startsOn) return 'upcoming';
      if (!target) return asOf <= phase.endsOn ? 'in_progress' : 'ended';
      const met =
        actual.communes >= target.communes.min &&
        actual.communeTeams >= target.communeTeams.min &&
        actual.villageTeams >= target.villageTeams.min;
      if (met) return 'met';
      return asOf <= phase.endsOn ? 'in_progress' : 'missed';
    }
  });

  return {
    areaUnitId: areaId,
    areaName: area?.name ?? null,
    areaKind: area?.kind ?? null,
    phases,
    communes: communeRows,
    teams,
  };
}
