import type { UnitRollup } from '../../rollups/figures';
import { ROLLUP_METRIC_LABELS } from '../../rollups/metric-labels';
import { metricValue, RATE_METRICS, type RollupMetric } from '../../rollups/metrics';
import { tableModel, type TableModel, type TableRow } from '../table-model';
import { asOfSubtitle, column, labelled } from './columns';

/** The dashboard table's figures, left to right. */
export const DASHBOARD_TABLE_METRICS: readonly RollupMetric[] = [
  'teams',
  'activeTeams',
  'compliantTeams',
  'members',
  'assignments',
  'doneOnTime',
  'doneLate',
  'openWithinDeadline',
  'openOverdue',
  'completionRate',
  'onTimeRate',
  'medianAckHours',
];

export interface DashboardTableInput {
  unitName: string;
  asOf: string | null;
  /** One row per child unit (or team), already sorted as on screen. */
  rows: readonly { name: string; figures: UnitRollup }[];
  /** The unit's own figures: the totals row. */
  totals: UnitRollup;
}

/** The per-unit table of a dashboard, as shown and exported. */
export function dashboardUnitTable(input: DashboardTableInput): TableModel {
  const cells = (name: string, figures: UnitRollup): TableRow => ({
    name,
    ...Object.fromEntries(DASHBOARD_TABLE_METRICS.map((metric) => [metric, metricValue(figures, metric)])),
  });
  return tableModel({
    sheetName: 'Tổng hợp',
    title: {
      vi: 'Kết quả thực hiện nhiệm vụ của các Tổ công nghệ số cộng đồng',
      en: 'Task results of the teams',
    },
    subtitle: asOfSubtitle(input.unitName, input.asOf),
    columns: [
      column('name', 'text', 'Đơn vị', 'Unit'),
      ...DASHBOARD_TABLE_METRICS.map((metric) =>
        labelled(metric, RATE_METRICS.includes(metric) ? 'percent' : 'number', ROLLUP_METRIC_LABELS[metric]),
      ),
    ],
    rows: input.rows.map((row) => cells(row.name, row.figures)),
    totals: cells('Tổng cộng', input.totals),
  });
}
