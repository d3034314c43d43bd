import type { ReportDefinitionDto } from '@cdt/domain';
import { Button, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { localized } from '../../dashboard/lib/format';
import { ScopePicker } from '../../teams/components/ScopePicker';
import { useHasAnyGrant } from '../../teams/hooks/use-team-governance';
import { useReportScope } from '../../teams/hooks/use-report-scope';
import { openReport } from '../api/reports-api';
import { useDefinitions } from '../hooks/use-reports';
import { recentPeriodIds } from '../lib/periods';
import { CompletenessPanel } from './CompletenessPanel';
import { MyTeamReports } from './MyTeamReports';
import { ReportList } from './ReportList';

/** How many past periods the picker offers. */
const PAST_PERIODS = 6;

/** An area's official drafts the compilation of the chosen period (the server checks who may). */
function CompileButton({
  definition,
  unitId,
  periodId,
}: {
  definition: ReportDefinitionDto;
  unitId: string;
  periodId: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useMutation({
    mutationFn: () => openReport({ definitionId: definition.id, periodId, reporter: { unitId } }),
    onSuccess: (report) => void navigate(`/reports/${report.id}`),
  });
  return (
    <Stack gap={4} align="flex-start">
      <Button onClick={() => open.mutate()} loading={open.isPending} data-testid="report-open-compilation">
        {t('reports.openCompilation')}
      </Button>
      {open.error && <ErrorAlert error={open.error} />}
    </Stack>
  );
}

/** Officials: one definition and period at a time, over the unit they pick: completeness, then the reports. */
function OfficialReports({ definitions }: { definitions: ReportDefinitionDto[] }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const scope = useReportScope();
  const periodic = definitions.filter((definition) => definition.currentPeriod !== null);
  const definition =
    periodic.find((d) => d.id === params.get('definitionId')) ??
    periodic.find((d) => d.contentKind === 'team_activity') ??
    periodic[0];
  if (!definition?.currentPeriod || !scope.unitId) return null;
  // Periods run ahead of each other (teams report earlier than areas compile): offer up to the newest current one.
  const newest = periodic
    .filter((d) => d.frequency === definition.frequency)
    .map((d) => d.currentPeriod?.id ?? '')
    .sort()
    .at(-1);
  const periods = recentPeriodIds(newest ?? definition.currentPeriod.id, PAST_PERIODS);
  const periodId = periods.find((id) => id === params.get('periodId')) ?? definition.currentPeriod.id;
  const set = (key: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key === 'definitionId') next.delete('periodId');
        return next;
      },
      { replace: true },
    );
  const compiles = definition.reporter.type === 'area' && scope.unit?.kind === 'district';

  return (
    <Stack gap="md" data-testid="official-reports">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <ScopePicker unit={scope.unit} onChange={scope.setUnit} />
        <Select
          label={t('reports.completenessView.definition')}
          data={periodic.map((d) => ({ value: d.id, label: localized(d.name, i18n.language) }))}
          value={definition.id}
          onChange={(value) => set('definitionId', value)}
          allowDeselect={false}
          data-testid="reports-definition"
        />
        <Select
          label={t('reports.completenessView.periodId')}
          data={periods}
          value={periodId}
          onChange={(value) => set('periodId', value)}
          allowDeselect={false}
          data-testid="reports-period"
        />
      </SimpleGrid>
      {compiles && <CompileButton definition={definition} unitId={scope.unitId} periodId={periodId} />}
      <CompletenessPanel params={{ unitId: scope.unitId, definitionId: definition.id, periodId }} />
      <ReportList
        params={{ unitId: scope.unitId, definitionId: definition.id, periodId }}
        title={definition.reporter.type === 'area' ? t('reports.received') : t('reports.title')}
      />
    </Stack>
  );
}

/** /reports: the team leader's report of the month, and the officials' completeness, compilations and inbox. */
export function ReportsPage() {
  const { t } = useTranslation();
  const definitions = useDefinitions();
  const hasGrant = useHasAnyGrant();
  if (definitions.error)
    return <ErrorAlert error={definitions.error} onRetry={() => void definitions.refetch()} />;
  if (!definitions.data) return <PageLoader />;
  const teamMonthly = definitions.data.find(
    (d) => d.contentKind === 'team_activity' && d.currentPeriod !== null,
  );
  return (
    <Stack gap="lg" maw={1000} data-testid="reports-page">
      <Title order={1} size="h2">
        {t('reports.title')}
      </Title>
      {teamMonthly && <MyTeamReports definition={teamMonthly} />}
      {hasGrant ? (
        <OfficialReports definitions={definitions.data} />
      ) : (
        !teamMonthly && <Text c="dimmed">{t('reports.myTeamsEmpty')}</Text>
      )}
    </Stack>
  );
}
