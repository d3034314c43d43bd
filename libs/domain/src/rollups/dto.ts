import type { UnitDto } from '../hierarchy/unit';
import type { AssignmentState } from '../tasks/assignment';
import type { AssignmentBucket } from '../tasks/buckets';
import type { TaskCategory } from '../tasks/task-category';
import type { TeamKind, TeamStatus } from '../teams/team-kind';
import type { DashboardQuery, DashboardTeamQuery, DrillDownQuery } from './dashboard-schemas';
import type { BoundaryGeometry } from './boundaries';
import type { UnitRollup } from './figures';
import type { TrendSeries } from './snapshots';

/** A unit as dashboards show it (code: for matching map boundaries). */
export type DashboardUnitRef = Pick<UnitDto, 'id' | 'name' | 'kind' | 'code'>;

/** One child unit's row: its whole subtree's figures. */
export interface DashboardRowDto {
  unit: DashboardUnitRef;
  figures: UnitRollup;
}

/** A team as dashboards show it. */
export interface DashboardTeamRef {
  id: string;
  name: string;
  kind: TeamKind;
  status: TeamStatus;
}

/** One team held by the unit itself (the commune team at a commune, the village team at a village). */
export interface DashboardTeamRowDto {
  team: DashboardTeamRef;
  unitId: string;
  figures: UnitRollup;
}

/** The overview of a unit, the same at every level: headline figures, a row per child, its own teams, trends. */
export interface DashboardOverviewDto {
  unit: DashboardUnitRef;
  /** Root first, for breadcrumbs. */
  ancestors: DashboardUnitRef[];
  filters: DashboardQuery;
  /** Stored rollups when unfiltered; computed on the spot when a task, category or period filter is set. */
  source: 'rollup' | 'live';
  asOf: string | null;
  headline: UnitRollup;
  /** Sorted by filters.sort. */
  children: DashboardRowDto[];
  teams: DashboardTeamRowDto[];
  /** One series per charted metric, from the daily snapshots. */
  trend: TrendSeries[];
}

/** One team's dashboard: the overview's layout, ending the drill-down (its figures are its row's at its unit). */
export interface DashboardTeamOverviewDto {
  team: DashboardTeamRef;
  /** The unit the team sits in. */
  unit: DashboardUnitRef;
  /** Root first, ending with the team's own unit: the team's breadcrumb. */
  ancestors: DashboardUnitRef[];
  filters: DashboardTeamQuery;
  /** The stored team rollup when unfiltered; computed on the spot when a task, category or period filter is set. */
  source: 'rollup' | 'live';
  asOf: string | null;
  headline: UnitRollup;
}

/** One assignment behind a figure. */
export interface DrillDownRowDto {
  assignmentId: string;
  task: { id: string; title: string; category: TaskCategory; dueAt: string };
  team: { id: string; name: string; kind: TeamKind };
  unit: DashboardUnitRef;
  state: AssignmentState;
  bucket: AssignmentBucket;
  progress: number | null;
  targetValue: number | null;
  assignedAt: string;
  acknowledgedAt: string | null;
  completedAt: string | null;
}

/** The list behind a figure (every figure links to one). */
export interface DrillDownDto {
  unit: DashboardUnitRef;
  ancestors: DashboardUnitRef[];
  filters: DrillDownQuery;
  total: number;
  rows: DrillDownRowDto[];
  nextCursor: string | null;
}

/** Server → client 'rollup:changed': these units' figures were recomputed; dashboards refetch (throttled). */
export interface RollupChangedPayload {
  unitIds: string[];
  at: string;
}

/** One child unit with a boundary, on the dashboard map (colour it by the child's row of the overview). */
export interface DashboardMapFeature {
  type: 'Feature';
  geometry: BoundaryGeometry;
  properties: { unitId: string; code: string | null; name: string };
}

/** GET /api/dashboard/map: the unit's children that have boundaries; no features → a schematic tile map. */
export interface DashboardMapDto {
  type: 'FeatureCollection';
  features: DashboardMapFeature[];
}

/** What `units:import-boundaries` did: boundaries stored, and the features whose code matched no unit. */
export interface BoundaryImportResultDto {
  imported: number;
  unmatched: { code: string; name: string | null }[];
}
