import { RATE_METRICS, type RollupMetric, type TrendSeries } from '@cdt/domain';
import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SERIES_COLORS, trendChartOption } from '../lib/chart-options';
import { metricLabel } from '../lib/metric-text';
import { EChart } from './EChart';

const TREND_COLORS: Partial<Record<RollupMetric, string>> = {
  completionRate: SERIES_COLORS.completion,
  onTimeRate: '#f59f00',
  complianceRate: SERIES_COLORS.compliance,
};

/** The rates day by day from the nightly snapshots. */
export function TrendChart({ trend }: { trend: TrendSeries[] }) {
  const { t, i18n } = useTranslation();
  const rates = useMemo(() => trend.filter((series) => RATE_METRICS.includes(series.metric)), [trend]);
  const hasPoints = rates.some((series) => series.points.some((point) => point.value !== null));
  const option = useMemo(
    () =>
      trendChartOption(
        rates,
        (metric) => metricLabel(metric, i18n.language),
        (metric) => TREND_COLORS[metric],
      ),
    [rates, i18n.language],
  );
  if (!hasPoints)
    return (
      <Text size="sm" c="dimmed" data-testid="dashboard-trend-empty">
        {t('dashboard.noTrend')}
      </Text>
    );
  return (
    <EChart option={option} height={260} aria-label={t('dashboard.trend')} data-testid="dashboard-trend" />
  );
}
