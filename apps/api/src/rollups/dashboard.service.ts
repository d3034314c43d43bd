import { Injectable } from '@nestjs/common';
import {
  addCalendarDays,
  foldAssignmentGroups,
  withAssignmentPart,
  type AssignmentPart,
  dashboardUnitTable,
  emptyRollup,
  endOfVietnamDay,
  ErrorCode,
  MAX_DASHBOARD_DAYS,
  RATE_METRICS,
  sortDashboardRows,
  trendSeries,
  vietnamDateOf,
  vietnamInstant,
  type DashboardMapDto,
  type DashboardOverviewDto,
  type DashboardQuery,
  type DashboardTeamOverviewDto,
  type DashboardTeamQuery,
  type DashboardTeamRowDto,
  type DashboardUnitRef,
  type DrillDownDto,
  type DrillDownQuery,
  type ExportFormat,
  type TrendSeries,
  type UnitRollup,
} from '@cdt/domain';
import { ActorService } from '../access/actor.service';
import type { Actor } from '../common/current-user';
import { DomainException } from '../common/domain.exception';
import { TableExporter, type ExportFile } from '../exports/table-exporter';
import { decodeCursor, encodeCursor } from '../notifications/page-cursor';
import { BoundariesRepository } from './boundaries.repository';
import { DrillDownRepository } from './drill-down.repository';
import { RollupComputer } from './rollup-computer';
import { RollupsRepository, type AssignmentFilter, type RollupUnitRow } from './rollups.repository';

/** The assignment side of a place the filter leaves nothing in. */
const NO_ASSIGNMENTS = foldAssignmentGroups([]);

/** Days a trend shows when the query names no period. */
export const DEFAULT_TREND_DAYS = 30;

const refOf = (unit: RollupUnitRow): DashboardUnitRef => ({
  id: unit.id,
  name: unit.name,
  kind: unit.kind,
  code: unit.code,
});

type FilterQuery = Pick<DashboardQuery, 'taskId' | 'category' | 'from' | 'to'>;

function isFiltered(query: FilterQuery): boolean {
  return Boolean(query.taskId ?? query.category ?? query.from ?? query.to);
}

function assignmentFilter(query: FilterQuery): AssignmentFilter {
  return {
    taskId: query.taskId,
    category: query.category,
    dueFrom: query.from === undefined ? undefined : vietnamInstant(query.from),
    dueTo: query.to === undefined ? undefined : endOfVietnamDay(query.to),
  };
}

/** The dashboards: the same overview at every level, the list behind any figure, the map of the children. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repo: RollupsRepository,
    private readonly computer: RollupComputer,
    private readonly drill: DrillDownRepository,
    private readonly boundaries: BoundariesRepository,
    private readonly actors: ActorService,
    private readonly exporter: TableExporter,
  ) {}

  /**
   * Stored rollups; a filtered view keeps their teams and members and recounts the assignments the filter
   * leaves, grouped by the database (one more read).
   */
  async overview(actor: Actor, query: DashboardQuery): Promise<DashboardOverviewDto> {
    const { unit, ancestors } = await this.place(actor, query.unitId);
    const now = new Date().toISOString();
    const live = isFiltered(query);
    // The reads are independent: one round trip's wait instead of several in a row.
    const [children, trend, stored, storedTeams, parts] = await Promise.all([
      this.repo.children(unit.id),
      this.trend(unit.id, query, now),
      this.repo.unitAndChildRollups(unit.id),
      this.repo.teamRollupsAt(unit.id),
      live ? this.computer.filteredParts(unit, assignmentFilter(query), now) : null,
    ]);
    const filtered = (base: UnitRollup | undefined, part: AssignmentPart | undefined): UnitRollup =>
      parts
        ? withAssignmentPart(base ?? emptyRollup(), part ?? NO_ASSIGNMENTS, now)
        : (base ?? emptyRollup());
    const figures = new Map<string, UnitRollup>([
      [unit.id, filtered(stored.get(unit.id), parts?.headline)],
      ...children.map((child): [string, UnitRollup] => [
        child.id,
        filtered(stored.get(child.id), parts?.children.get(child.id)),
      ]),
    ]);
    const teams: DashboardTeamRowDto[] = storedTeams.map((t) => ({
      team: { id: t.teamId, name: t.name, kind: t.kind, status: t.status },
      unitId: t.unitId,
      figures: filtered(t.figures, parts?.teams.get(t.teamId)),
    }));
    const headline = figures.get(unit.id) ?? emptyRollup();
    const rows = children.map((child) => ({
      name: child.name,
      unit: refOf(child),
      figures: figures.get(child.id) ?? emptyRollup(),
    }));
    return {
      unit: refOf(unit),
      ancestors,
      filters: query,
      source: live ? 'live' : 'rollup',
      asOf: headline.asOf,
      headline,
      children: sortDashboardRows(rows, query.sort, query.order).map(({ unit: ref, figures: f }) => ({
        unit: ref,
        figures: f,
      })),
      teams: teams.sort((a, b) => a.team.name.localeCompare(b.team.name, 'vi')),
      trend,
    };
  }

  /**
   * One team's figures, the same as its row in its unit's overview: the stored team rollup when unfiltered
   * (computed on the spot before its first rollup), only that team's filtered assignments otherwise.
   */
  async teamOverview(actor: Actor, query: DashboardTeamQuery): Promise<DashboardTeamOverviewDto> {
    const team = await this.repo.teamWithRollup(query.teamId);
    if (!team) throw new DomainException(ErrorCode.TeamNotFound, 'There is no such team.');
    const { unit, ancestors } = await this.place(actor, team.unitId);
    const stored = isFiltered(query) ? null : team.figures;
    const computed = stored
      ? null
      : await this.computer.team(team.id, new Date().toISOString(), assignmentFilter(query));
    const headline = stored ?? computed?.figures ?? emptyRollup();
    return {
      team: { id: team.id, name: team.name, kind: team.kind, status: team.status },
      unit: refOf(unit),
      ancestors: [...ancestors, refOf(unit)],
      filters: query,
      source: stored ? 'rollup' : 'live',
      asOf: headline.asOf,
      headline,
    };
  }

  /** The overview's table (children, or the unit's own teams where it has no children) as XLSX or PDF. */
  async exportOverview(actor: Actor, query: DashboardQuery, format: ExportFormat): Promise<ExportFile> {
    const view = await this.overview(actor, query);
    const rows = view.children.length
      ? view.children.map((row) => ({ name: row.unit.name, figures: row.figures }))
      : view.teams.map((row) => ({ name: row.team.name, figures: row.figures }));
    const table = dashboardUnitTable({
      unitName: view.unit.name,
      asOf: view.asOf,
      rows,
      totals: view.headline,
    });
    return this.exporter.render([table], format, { name: `Tổng hợp – ${view.unit.name}` });
  }

  /** The assignments behind a figure, soonest deadline first, a page at a time. */
  async drillDown(actor: Actor, query: DrillDownQuery): Promise<DrillDownDto> {
    const { unit, ancestors } = await this.place(actor, query.unitId);
    const after = decodeCursor(query.cursor);
    const { total, rows } = await this.drill.page(
      {
        ...assignmentFilter(query),
        unitPath: unit.path,
        teamId: query.teamId,
        teamKind: query.teamKind,
        bucket: query.bucket,
        state: query.state,
        now: new Date().toISOString(),
      },
      query.limit + 1,
      after && { dueAt: after.key, id: after.id },
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      unit: refOf(unit),
      ancestors,
      filters: query,
      total,
      rows: page,
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.task.dueAt, last.assignmentId) : null,
    };
  }

  /** The unit's children that have a boundary; none gives an empty collection (the web draws tiles). */
  async map(actor: Actor, unitId: string): Promise<DashboardMapDto> {
    const { unit } = await this.place(actor, unitId);
    const rows = await this.boundaries.ofChildren(unit.id);
    return {
      type: 'FeatureCollection',
      features: rows.map((row) => ({
        type: 'Feature',
        geometry: row.geometry,
        properties: { unitId: row.unitId, code: row.code, name: row.name },
      })),
    };
  }

  /** The unit, checked against the caller's grants (any role, viewers included), with its ancestors. */
  private async place(
    actor: Actor,
    unitId: string,
  ): Promise<{ unit: RollupUnitRow; ancestors: DashboardUnitRef[] }> {
    // One read for the unit and its ancestors (its path's ids), root first.
    const line = await this.repo.unitAndAncestors(unitId);
    const unit = line.at(-1);
    if (!unit || unit.id !== unitId)
      throw new DomainException(ErrorCode.UnitNotFound, 'There is no such unit.');
    this.actors.assertCanSee(actor, unit.path);
    return { unit, ancestors: line.slice(0, -1).map(refOf) };
  }

  /** The rate metrics' daily series over the query's period (default: the last DEFAULT_TREND_DAYS days). */
  private async trend(unitId: string, query: FilterQuery, now: string): Promise<TrendSeries[]> {
    const to = query.to ?? vietnamDateOf(now);
    const earliest = addCalendarDays(to, -(MAX_DASHBOARD_DAYS - 1));
    const from =
      query.from === undefined
        ? addCalendarDays(to, -(DEFAULT_TREND_DAYS - 1))
        : query.from < earliest
          ? earliest
          : query.from;
    const snapshots = await this.repo.snapshots(unitId, from, to);
    return RATE_METRICS.map((metric) => trendSeries(snapshots, metric, { from, to }));
  }
}
