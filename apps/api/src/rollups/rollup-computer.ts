import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  foldAssignmentGroups,
  foldTaskParts,
  groupBy,
  rollUp,
  rollupDiff,
  taskPartOf,
  teamFigures,
  unitFigures,
  type AssignmentPart,
  type UnitDrift,
  type UnitRollup,
} from '@cdt/domain';
import {
  AssignmentGroupsRepository,
  type CommuneTaskGroup,
  type PlacedAssignmentGroup,
} from './assignment-groups.repository';
import {
  RollupsRepository,
  type AssignmentFilter,
  type RollupUnitRow,
  type TeamInputRow,
} from './rollups.repository';

/** A team's figures with what the dashboards show of it. */
export interface ComputedTeam {
  team: Omit<TeamInputRow, 'members' | 'assignments'>;
  figures: UnitRollup;
}

/** A filtered view's assignment side: the unit's whole subtree, each child's subtree, each own team. */
export interface FilteredParts {
  headline: AssignmentPart;
  children: Map<string, AssignmentPart>;
  teams: Map<string, AssignmentPart>;
}

export interface FullRecomputation {
  units: number;
  teams: number;
  /** Units whose stored figures differed from the from-scratch ones (now repaired). */
  drift: UnitDrift[];
}

/** The groups of each commune and task, as the rows stored for them. */
function communeParts(groups: readonly CommuneTaskGroup[]) {
  const byKey = groupBy(groups, (group) => `${group.communeId}|${group.taskId}`);
  return [...byKey.values()].map((parts) => {
    const { communeId, path, taskId } = parts[0]!;
    return { communeId, path, taskId, part: taskPartOf(parts) };
  });
}

function figuresOf(team: TeamInputRow, now: string): ComputedTeam {
  const { members, assignments, ...rest } = team;
  return { team: rest, figures: teamFigures({ team, members, assignments, now }) };
}

/** Computes rollups with the domain's rules and stores them: one unit at a time, or all from scratch. */
@Injectable()
export class RollupComputer {
  private readonly logger = new Logger(RollupComputer.name);

  constructor(
    private readonly repo: RollupsRepository,
    private readonly groups: AssignmentGroupsRepository,
  ) {}

  /**
   * One unit: its own teams from their rows, plus its children's stored figures (one transaction, so a
   * reader never sees a team's new figures next to the unit's old ones). Null when the unit is gone.
   */
  async recomputeUnit(unitId: string, now: string): Promise<RollupUnitRow | null> {
    const unit = await this.repo.unit(unitId);
    if (!unit) return null;
    await this.repo.transaction(async (manager) => {
      await this.repo.lockRollups(manager, 'shared');
      const teams = (await this.repo.teamsAt(unitId, manager)).map((team) => figuresOf(team, now));
      const children = await this.repo.childRollups(unitId, manager);
      const figures = unitFigures(
        teams.map((t) => t.figures),
        children,
      );
      await this.repo.saveTeamRollups(
        teams.map((t) => ({ teamId: t.team.id, unitId: t.team.unitId, figures: t.figures })),
        now,
        manager,
      );
      await this.repo.saveUnitRollups([{ unitId, figures }], now, manager);
      if (unit.kind === 'commune') {
        const groups = await this.groups.byCommuneTask(now, unit.path, manager);
        await this.groups.replaceCommuneParts(manager, [unit.id], communeParts(groups), now);
      }
    });
    return unit;
  }

  /** Every unit's and team's figures of a subtree (everywhere when path is null), nothing stored. */
  async fromScratch(
    path: string | null,
    now: string,
    filter: AssignmentFilter = {},
    manager?: EntityManager,
  ): Promise<{ units: Map<string, UnitRollup>; teams: ComputedTeam[] }> {
    const units = await this.repo.subtreeUnits(path, manager);
    const teamRows = await this.repo.teamsUnder(path, filter, manager);
    const teams = teamRows.map((team) => figuresOf(team, now));
    const placed = teams.map((t) => ({ unitId: t.team.unitId, figures: t.figures }));
    return { units: rollUp(units, placed), teams };
  }

  /**
   * The assignment figures a filter leaves under a unit (the same figures fromScratch gives with that filter):
   * above the communes, the sum of the communes' stored parts per task; at a commune or village, its few
   * assignments counted by the database in one grouped read.
   */
  async filteredParts(unit: RollupUnitRow, filter: AssignmentFilter, now: string): Promise<FilteredParts> {
    if (unit.kind === 'province' || unit.kind === 'district') {
      const parts = await this.groups.partsUnder(unit, filter, now);
      const byChild = groupBy(parts, (part) => part.child);
      return {
        headline: foldTaskParts(parts),
        children: new Map([...byChild].map(([childId, rows]) => [childId, foldTaskParts(rows)])),
        // Teams sit at communes and villages only: a province or district has none of its own.
        teams: new Map(),
      };
    }
    const rows = await this.groups.under(unit, filter, now);
    const byPlace = groupBy<PlacedAssignmentGroup>(rows, (row) => `${row.place}:${row.key}`);
    const fold = (place: PlacedAssignmentGroup['place']) =>
      new Map(
        [...byPlace.entries()]
          .filter(([key]) => key.startsWith(`${place}:`))
          .map(([key, groups]) => [key.slice(place.length + 1), foldAssignmentGroups(groups)]),
      );
    return { headline: foldAssignmentGroups(rows), children: fold('child'), teams: fold('team') };
  }

  /** One team's figures, its assignments narrowed by the filter, nothing stored; null when there is no such team. */
  async team(teamId: string, now: string, filter: AssignmentFilter = {}): Promise<ComputedTeam | null> {
    const row = await this.repo.teamInput(teamId, filter);
    return row && figuresOf(row, now);
  }

  /**
   * The nightly check: everything from scratch, compared with the stored incremental figures; every unit and
   * team rewritten, and the drifted units logged with their figures. Open assignments that passed their
   * deadline since the last change show here too: time moves them from within-deadline to overdue.
   */
  async recomputeAll(now: string): Promise<FullRecomputation> {
    const { units, teams, drift } = await this.repo.transaction(async (manager) => {
      await this.repo.lockRollups(manager, 'exclusive');
      const stored = await this.repo.allUnitRollups(manager);
      const { units, teams } = await this.fromScratch(null, now, {}, manager);
      await this.repo.saveTeamRollups(
        teams.map((t) => ({ teamId: t.team.id, unitId: t.team.unitId, figures: t.figures })),
        now,
        manager,
      );
      await this.repo.saveUnitRollups(
        [...units].map(([unitId, figures]) => ({ unitId, figures })),
        now,
        manager,
      );
      const groups = await this.groups.byCommuneTask(now, null, manager);
      await this.groups.replaceCommuneParts(manager, null, communeParts(groups), now);
      return { units, teams, drift: rollupDiff(stored, units) };
    });
    if (drift.length > 0) {
      this.logger.warn(
        { units: drift.length, drift: drift.slice(0, 50) },
        'rollup drift repaired by the full recomputation',
      );
    }
    this.logger.log({ units: units.size, teams: teams.length, drifted: drift.length }, 'rollups recomputed');
    return { units: units.size, teams: teams.length, drift };
  }
}
