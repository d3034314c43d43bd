import type { AssignmentBucket, DrillDownRowDto } from '@cdt/domain';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { formatTimestamp } from '../../teams/lib/format';
import type { DashboardFilters, DrillDownParams } from '../api/dashboard-api';
import { useDrillDown } from '../hooks/use-dashboard';
import { useDrillDownParams } from '../hooks/use-dashboard-filters';
import { dashboardPath } from '../lib/links';
import { DashboardBreadcrumb } from './DashboardBreadcrumb';

const BUCKET_COLORS: Record<AssignmentBucket, string> = {
  done_on_time: 'green',
  done_late: 'yellow',
  open_within_deadline: 'blue',
  open_overdue: 'red',
  declined: 'gray',
  cancelled: 'gray',
};

function AssignmentRow({ row }: { row: DrillDownRowDto }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid={`drill-row-${row.assignmentId}`}>
      <Stack gap={4}>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {row.task.title}
        </Text>
        <Group gap={6}>
          <Badge color={BUCKET_COLORS[row.bucket]} variant="light" tt="none" data-testid="drill-row-bucket">
            {t(`dashboard.buckets.${row.bucket}`)}
          </Badge>
          <Badge color="gray" variant="outline" tt="none">
            {t(`dashboard.states.${row.state}`)}
          </Badge>
        </Group>
        <Text size="sm">
          <Anchor component={Link} to={`/teams/${row.team.id}`} size="sm">
            {row.team.name}
          </Anchor>{' '}
          · {row.unit.name}
        </Text>
        <Text size="xs" c="dimmed">
          {t('dashboard.list.due', { date: formatTimestamp(row.task.dueAt) })}
          {row.progress !== null &&
            ` · ${t('dashboard.list.progress', {
              progress: row.targetValue ? `${row.progress}/${row.targetValue}` : String(row.progress),
            })}`}
        </Text>
      </Stack>
    </Paper>
  );
}

function useScopeTitle(params: DrillDownParams): string {
  const { t } = useTranslation();
  if (params.bucket) return t(`dashboard.buckets.${params.bucket}`);
  if (params.state) return t(`dashboard.states.${params.state}`);
  return t('dashboard.list.allAssignments');
}

/** The assignments behind a figure, a page at a time (cursor paging). */
export function DrillDownPage() {
  const { unitId = '' } = useParams();
  const { t } = useTranslation();
  const params = useDrillDownParams();
  const list = useDrillDown(unitId, params);
  const title = useScopeTitle(params);
  const filters: DashboardFilters = {
    taskId: params.taskId,
    category: params.category,
    from: params.from,
    to: params.to,
  };

  if (list.error && !list.data)
    return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} data-testid="drill-error" />;
  const pages = list.data?.pages ?? [];
  const first = pages[0];
  if (!first) return <PageLoader />;
  const rows = pages.flatMap((page) => page.rows);

  return (
    <Stack gap="md" maw={900} data-testid="drill-page">
      <DashboardBreadcrumb ancestors={first.ancestors} unit={first.unit} filters={filters} current={false} />
      <div>
        <Title order={1} size="h3" data-testid="drill-title">
          {title}
        </Title>
        <Text size="sm" c="dimmed" data-testid="drill-total">
          {first.unit.name} · {t('dashboard.list.total', { count: first.total })}
        </Text>
      </div>
      {rows.length === 0 ? (
        <Text c="dimmed" data-testid="drill-empty">
          {t('dashboard.list.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="drill-list">
          {rows.map((row) => (
            <AssignmentRow key={row.assignmentId} row={row} />
          ))}
        </Stack>
      )}
      {list.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void list.fetchNextPage()}
          loading={list.isFetchingNextPage}
          data-testid="drill-more"
        >
          {t('dashboard.list.more')}
        </Button>
      )}
      <Anchor component={Link} to={dashboardPath(unitId, filters)} size="sm" data-testid="drill-back">
        {t('dashboard.list.back')}
      </Anchor>
    </Stack>
  );
}
