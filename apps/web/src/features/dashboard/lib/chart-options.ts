import {
  metricValue,
  reportedAssignments,
  type DashboardRowDto,
  type RollupMetric,
  type TrendSeries,
} from '@cdt/domain';
import type { EChartsOption } from './echarts';
import { formatRate } from './format';

export const SERIES_COLORS = { completion: '#2f9e44', overdue: '#e03131', compliance: '#1971c2' };

/** Share of the reported assignments that are open past their deadline; null with none. */
export function overdueShare(row: Pick<DashboardRowDto, 'figures'>): number | null {
  const reported = reportedAssignments(row.figures);
  return reported === 0 ? null : row.figures.assignments.byBucket.open_overdue / reported;
}

const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

/** Horizontal bars (names stay readable on a phone): completion, overdue and compliance per child, in %. */
export function childrenChartOption(
  rows: DashboardRowDto[],
  labels: { completion: string; overdue: string; compliance: string },
): EChartsOption {
  // Top of the chart = first row of the table.
  const ordered = [...rows].reverse();
  const bar = (name: string, color: string, values: (number | null)[]) => ({
    type: 'bar',
    name,
    data: values.map(percent),
    itemStyle: { color },
    barMaxWidth: 14,
  });
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: formatPercentValue },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      data: ordered.map((row) => row.unit.name),
      axisLabel: { width: 110, overflow: 'truncate' },
    },
    series: [
      bar(
        labels.completion,
        SERIES_COLORS.completion,
        ordered.map((row) => metricValue(row.figures, 'completionRate')),
      ),
      bar(labels.overdue, SERIES_COLORS.overdue, ordered.map(overdueShare)),
      bar(
        labels.compliance,
        SERIES_COLORS.compliance,
        ordered.map((row) => metricValue(row.figures, 'complianceRate')),
      ),
    ],
  };
}

function formatPercentValue(value: unknown): string {
  return typeof value === 'number' ? formatRate(value / 100) : '–';
}

/** A line per rate metric of the trend, over the days of the period; gaps stay gaps. */
export function trendChartOption(
  series: TrendSeries[],
  labelOf: (metric: RollupMetric) => string,
  colorOf: (metric: RollupMetric) => string | undefined,
): EChartsOption {
  const dates = series[0]?.points.map((point) => point.date) ?? [];
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: formatPercentValue },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: dates.map((date) => `${date.slice(8, 10)}/${date.slice(5, 7)}`),
    },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: series.map((line) => ({
      type: 'line',
      name: labelOf(line.metric),
      data: line.points.map((point) => percent(point.value)),
      connectNulls: false,
      showSymbol: dates.length <= 31,
      itemStyle: { color: colorOf(line.metric) },
    })),
  };
}
