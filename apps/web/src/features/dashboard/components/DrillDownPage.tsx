import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import type { DashboardFilters, DrillDownParams } from '../api/dashboard-api';
import { useDrillDown } from '../hooks/use-dashboard';
import { useDrillDownParams } from '../hooks/use-dashboard-filters';
import { dashboardPath, teamDashboardPath } from '../lib/links';
import { AssignmentList } from './AssignmentRow';
import { DashboardBreadcrumb } from './DashboardBreadcrumb';

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
  // One team's list names the team (every row is its).
  const teamName = params.teamId ? rows[0]?.team.name : undefined;

  return (
    <Stack gap="md" maw={900} data-testid="drill-page">
      <DashboardBreadcrumb ancestors={first.ancestors} unit={first.unit} filters={filters} current={false} />
      <div>
        <Title order={1} size="h3" data-testid="drill-title">
          {title}
        </Title>
        <Text size="sm" c="dimmed" data-testid="drill-total">
          {teamName ?? first.unit.name} · {t('dashboard.list.total', { count: first.total })}
        </Text>
      </div>
      {rows.length === 0 ? (
        <Text c="dimmed" data-testid="drill-empty">
          {t('dashboard.list.empty')}
        </Text>
      ) : (
        <AssignmentList rows={rows} testId="drill-list" />
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
      <Anchor
        component={Link}
        to={params.teamId ? teamDashboardPath(params.teamId, filters) : dashboardPath(unitId, filters)}
        size="sm"
        data-testid="drill-back"
      >
        {t('dashboard.list.back')}
      </Anchor>
    </Stack>
  );
}
