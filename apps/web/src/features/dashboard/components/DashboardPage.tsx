import { sortDashboardRows, type DashboardOverviewDto } from '@cdt/domain';
import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { fetchOverviewExport, type DashboardFilters, type OverviewParams } from '../api/dashboard-api';
import { useOverview } from '../hooks/use-dashboard';
import { useOverviewParams } from '../hooks/use-dashboard-filters';
import { dashboardPath, teamDashboardPath } from '../lib/links';
import { ChildrenChart } from './ChildrenChart';
import { CompletionMap } from './CompletionMap';
import { DashboardBreadcrumb } from './DashboardBreadcrumb';
import { DashboardFiltersBar } from './DashboardFiltersBar';
import { DashboardSection } from './DashboardSection';
import { ExportButtons } from './ExportButtons';
import { FiguresTable, type FiguresRow } from './FiguresTable';
import { HeadlineFigures } from './HeadlineFigures';
import { LiveSource } from './LiveSource';
import { TrendChart } from './TrendChart';

/** /dashboard: the caller's first unit (the one their first grant covers). */
export function DashboardHome() {
  const { grants } = useCurrentUser();
  const { t } = useTranslation();
  const { search } = useLocation();
  const first = grants[0]?.unit;
  if (!first) return <Text data-testid="dashboard-no-unit">{t('dashboard.noUnit')}</Text>;
  return <Navigate to={`/dashboard/${first.id}${search}`} replace />;
}

function childRows(overview: DashboardOverviewDto, filters: DashboardFilters): FiguresRow[] {
  return overview.children.map((row) => ({
    unitId: row.unit.id,
    name: row.unit.name,
    to: dashboardPath(row.unit.id, filters),
    figures: row.figures,
  }));
}

function teamRows(
  overview: DashboardOverviewDto,
  params: OverviewParams,
  filters: DashboardFilters,
): FiguresRow[] {
  const rows = overview.teams.map((row) => ({
    unitId: row.unitId,
    teamId: row.team.id,
    name: row.team.name,
    to: teamDashboardPath(row.team.id, filters),
    figures: row.figures,
  }));
  return sortDashboardRows(rows, params.sort, params.order);
}

/** The same layout at every level: headline, a table and chart per child, the unit's own teams, trend, map. */
export function DashboardPage() {
  const { unitId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { params, filters, update, sortBy } = useOverviewParams();
  const overview = useOverview(unitId, params);

  if (overview.error && !overview.data)
    return (
      <ErrorAlert
        error={overview.error}
        onRetry={() => void overview.refetch()}
        data-testid="dashboard-error"
      />
    );
  if (!overview.data || overview.data.unit.id !== unitId) return <PageLoader />;
  const data = overview.data;
  const open = (childId: string) => void navigate(dashboardPath(childId, filters));
  const sorting = { sort: params.sort, order: params.order, onSort: sortBy };
  const teams = teamRows(data, params, filters);

  return (
    <Stack gap="md" data-testid="dashboard-page" data-unit-id={data.unit.id}>
      <DashboardBreadcrumb ancestors={data.ancestors} unit={data.unit} filters={filters} />
      <Group justify="space-between" align="flex-end" gap="xs">
        <div>
          <Title order={1} size="h2" data-testid="dashboard-title">
            {data.unit.name}
          </Title>
          <Group gap="xs" mt={4}>
            <LiveSource source={data.source} asOf={data.asOf} />
          </Group>
        </div>
        <ExportButtons
          fetchFile={(format) => fetchOverviewExport(data.unit.id, params, format)}
          baseName={`bang-dieu-hanh-${data.unit.code ?? data.unit.id}`}
          testIdPrefix="dashboard"
        />
      </Group>
      <DashboardFiltersBar unitId={data.unit.id} filters={filters} onChange={update} />
      <HeadlineFigures unitId={data.unit.id} figures={data.headline} filters={filters} />
      {data.children.length > 0 && (
        <DashboardSection title={t('dashboard.children')} testId="dashboard-children-section">
          <FiguresTable
            rows={childRows(data, filters)}
            nameLabel={t('dashboard.unitColumn')}
            filters={filters}
            testId="dashboard-children"
            {...sorting}
          />
        </DashboardSection>
      )}
      {teams.length > 0 && (
        <DashboardSection title={t('dashboard.ownTeams')} testId="dashboard-teams-section">
          <FiguresTable
            rows={teams}
            nameLabel={t('dashboard.teamColumn')}
            filters={filters}
            testId="dashboard-teams"
            {...sorting}
          />
        </DashboardSection>
      )}
      {data.children.length === 0 && teams.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="dashboard-empty">
          {t('dashboard.noChildren')} {t('dashboard.noTeams')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {data.children.length > 0 && (
          <DashboardSection title={t('dashboard.chart')} testId="dashboard-chart-section">
            <ChildrenChart rows={data.children} onOpen={open} />
          </DashboardSection>
        )}
        {data.children.length > 0 && (
          <DashboardSection title={t('dashboard.map')} testId="dashboard-map-section">
            <CompletionMap unitId={data.unit.id} rows={data.children} onOpen={open} />
          </DashboardSection>
        )}
        <DashboardSection title={t('dashboard.trend')} testId="dashboard-trend-section">
          <TrendChart trend={data.trend} />
        </DashboardSection>
      </SimpleGrid>
    </Stack>
  );
}
