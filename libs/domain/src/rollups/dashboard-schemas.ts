import { z } from 'zod';
import { ASSIGNMENT_STATES } from '../tasks/assignment';
import { ASSIGNMENT_BUCKETS } from '../tasks/buckets';
import { TASK_CATEGORIES } from '../tasks/task-category';
import { calendarDateSchema } from '../teams/schemas';
import { TEAM_KINDS } from '../teams/team-kind';
import { ROLLUP_METRICS } from './metrics';

/** The longest period a dashboard filter or trend may span (two years of daily points). */
export const MAX_DASHBOARD_DAYS = 731;

/** Table columns a dashboard can sort by: the unit's name or any metric. */
export const DASHBOARD_SORT_KEYS = ['name', ...ROLLUP_METRICS] as const;
export type DashboardSortKey = (typeof DASHBOARD_SORT_KEYS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * Filters shared by every dashboard view. `from`/`to` (Vietnamese dates, inclusive) keep the tasks due in that
 * period and bound the trend; without task, category or period the stored rollups answer.
 */
const taskFilterShape = {
  taskId: z.uuid().optional(),
  category: z.enum(TASK_CATEGORIES).optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
};
const dashboardFilterShape = { unitId: z.uuid(), ...taskFilterShape };

type PeriodFilter = { from?: string | undefined; to?: string | undefined };

/** Refinement shared by the dashboard queries: a period runs forwards and spans at most MAX_DASHBOARD_DAYS. */
function checkPeriod(value: PeriodFilter, ctx: z.RefinementCtx): void {
  if (value.from === undefined || value.to === undefined) return;
  const days = (Date.parse(value.to) - Date.parse(value.from)) / 86_400_000 + 1;
  if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: '"to" must not be before "from"' });
  else if (days > MAX_DASHBOARD_DAYS) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `a period spans at most ${MAX_DASHBOARD_DAYS} days`,
    });
  }
}

/** The overview of any unit (province, district, commune, village): same layout at every level. */
export const dashboardQuerySchema = z
  .object({
    ...dashboardFilterShape,
    sort: z.enum(DASHBOARD_SORT_KEYS).default('name'),
    order: z.enum(SORT_ORDERS).default('asc'),
  })
  .superRefine(checkPeriod);
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** One team's dashboard (the end of the drill-down): its figures, with the overview's filters. */
export const dashboardTeamQuerySchema = z
  .object({ teamId: z.uuid(), ...taskFilterShape })
  .superRefine(checkPeriod);
export type DashboardTeamQuery = z.infer<typeof dashboardTeamQuerySchema>;

/** The list behind a figure: the assignments of a unit's subtree (or one team) in a bucket or state. */
export const drillDownQuerySchema = z
  .object({
    ...dashboardFilterShape,
    teamId: z.uuid().optional(),
    teamKind: z.enum(TEAM_KINDS).optional(),
    bucket: z.enum(ASSIGNMENT_BUCKETS).optional(),
    state: z.enum(ASSIGNMENT_STATES).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    /** Opaque cursor from the previous page. */
    cursor: z.string().max(200).optional(),
  })
  .superRefine(checkPeriod);
export type DrillDownQuery = z.infer<typeof drillDownQuerySchema>;
