import type { RollupMetric, UnitRollup } from '@cdt/domain';
import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardFilters } from '../api/dashboard-api';
import { figureLink } from '../lib/links';
import { metricText } from '../lib/metric-text';

interface Figure {
  metric: RollupMetric;
  label: string;
  value: string;
  hint?: string;
  color?: string;
}

/** The unit's whole subtree (or one team) at a glance; every figure opens the list behind it. */
export function HeadlineFigures({
  unitId,
  teamId,
  figures,
  filters,
}: {
  unitId: string;
  /** A team's dashboard: the lists keep to the team (in its unit). */
  teamId?: string;
  figures: UnitRollup;
  filters: DashboardFilters;
}) {
  const { t } = useTranslation();
  const buckets = figures.assignments.byBucket;
  const items: Figure[] = [
    {
      metric: 'activeTeams',
      label: t('dashboard.figures.teams'),
      value: metricText(figures, 'activeTeams'),
      hint: t('dashboard.figures.teamsOf', { active: figures.teams.active, total: figures.teams.total }),
    },
    {
      metric: 'compliantTeams',
      label: t('dashboard.figures.compliant'),
      value: metricText(figures, 'compliantTeams'),
    },
    { metric: 'members', label: t('dashboard.figures.members'), value: metricText(figures, 'members') },
    {
      metric: 'assignments',
      label: t('dashboard.figures.assignments'),
      value: metricText(figures, 'assignments'),
    },
    {
      metric: 'doneOnTime',
      label: t('dashboard.buckets.done_on_time'),
      value: String(buckets.done_on_time),
      color: 'green.8',
    },
    {
      metric: 'doneLate',
      label: t('dashboard.buckets.done_late'),
      value: String(buckets.done_late),
      color: 'yellow.8',
    },
    {
      metric: 'openWithinDeadline',
      label: t('dashboard.buckets.open_within_deadline'),
      value: String(buckets.open_within_deadline),
      color: 'blue.8',
    },
    {
      metric: 'openOverdue',
      label: t('dashboard.buckets.open_overdue'),
      value: String(buckets.open_overdue),
      color: 'red.8',
    },
    {
      metric: 'completionRate',
      label: t('dashboard.figures.completion'),
      value: metricText(figures, 'completionRate'),
    },
    { metric: 'onTimeRate', label: t('dashboard.figures.onTime'), value: metricText(figures, 'onTimeRate') },
    {
      metric: 'medianAckHours',
      label: t('dashboard.figures.ackLatency'),
      value:
        figures.ackLatency.medianHours === null
          ? '–'
          : t('dashboard.figures.hours', { value: metricText(figures, 'medianAckHours') }),
    },
  ];

  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="xs" data-testid="dashboard-headline">
      {items.map((item) => (
        <Paper key={item.metric} withBorder p="sm" radius="md">
          <Anchor
            component={Link}
            to={figureLink(item.metric, unitId, filters, teamId)}
            size="xl"
            fw={700}
            c={item.color}
            lh={1.2}
            data-testid={`dashboard-headline-${item.metric}`}
          >
            {item.value}
          </Anchor>
          <Text size="sm" c="dimmed" lh={1.3}>
            {item.label}
          </Text>
          {item.hint && (
            <Text size="xs" c="dimmed">
              {item.hint}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
