import { Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { TeamKindBadge, TeamStatusBadge } from '../../teams/components/TeamBadges';
import { useDrillDownPreview, useTeamOverview } from '../hooks/use-dashboard';
import { compact, useOverviewParams } from '../hooks/use-dashboard-filters';
import { listPath } from '../lib/links';
import { AssignmentList } from './AssignmentRow';
import { DashboardBreadcrumb } from './DashboardBreadcrumb';
import { DashboardFiltersBar } from './DashboardFiltersBar';
import { DashboardSection } from './DashboardSection';
import { HeadlineFigures } from './HeadlineFigures';
import { LiveSource } from './LiveSource';

/** The end of the drill-down: one team with the units' layout (breadcrumb, filters, figures, its assignments). */
export function TeamDashboardPage() {
  const { teamId = '' } = useParams();
  const { t } = useTranslation();
  const { filters, update } = useOverviewParams();
  const overview = useTeamOverview(teamId, filters);
  // A previous team's figures stay on screen while this one loads: never show them under this team's URL.
  const data = overview.data?.team.id === teamId ? overview.data : undefined;
  const list = useDrillDownPreview(data?.unit.id ?? null, compact({ ...filters, teamId }));

  if (overview.error && !overview.data)
    return (
      <ErrorAlert
        error={overview.error}
        onRetry={() => void overview.refetch()}
        data-testid="dashboard-error"
      />
    );
  if (!data) return <PageLoader />;
  const page = list.data?.filters.teamId === data.team.id ? list.data : undefined;

  return (
    <Stack gap="md" data-testid="team-dashboard-page" data-team-id={data.team.id}>
      <DashboardBreadcrumb ancestors={data.ancestors} filters={filters} leaf={data.team.name} />
      <Group justify="space-between" align="flex-end" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }} data-testid="dashboard-title">
            {data.team.name}
          </Title>
          <Group gap="xs" mt={4}>
            <TeamKindBadge kind={data.team.kind} />
            <TeamStatusBadge status={data.team.status} />
            <LiveSource source={data.source} asOf={data.asOf} />
          </Group>
        </div>
        <Anchor
          component={Link}
          to={`/teams/${encodeURIComponent(data.team.id)}`}
          size="sm"
          data-testid="team-dashboard-registry"
        >
          {t('dashboard.team.registry')}
        </Anchor>
      </Group>
      <DashboardFiltersBar unitId={data.unit.id} filters={filters} onChange={update} />
      <HeadlineFigures
        unitId={data.unit.id}
        teamId={data.team.id}
        figures={data.headline}
        filters={filters}
      />
      <DashboardSection
        title={t('dashboard.team.assignments')}
        testId="team-dashboard-assignments"
        actions={
          <Anchor
            component={Link}
            to={listPath(data.unit.id, filters, { teamId: data.team.id })}
            size="sm"
            data-testid="team-dashboard-all"
          >
            {page ? t('dashboard.team.allAssignments', { count: page.total }) : t('dashboard.list.title')}
          </Anchor>
        }
      >
        {list.error && !page ? (
          <ErrorAlert
            error={list.error}
            onRetry={() => void list.refetch()}
            data-testid="team-dashboard-list-error"
          />
        ) : !page ? (
          <Loader size="sm" aria-label={t('common.loading')} />
        ) : page.rows.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="team-dashboard-empty">
            {t('dashboard.list.empty')}
          </Text>
        ) : (
          <AssignmentList rows={page.rows} testId="team-dashboard-list" />
        )}
      </DashboardSection>
    </Stack>
  );
}
