import type { ReportDefinitionDto, TeamDto } from '@cdt/domain';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TEAM_LIST_LIMIT, useTeams } from '../../teams/hooks/use-teams';
import { formatCalendarDate } from '../../teams/lib/format';
import { openReport } from '../api/reports-api';

/** The teams the caller reports for (leader or deputy) and a button to their report of the current period. */
export function MyTeamReports({ definition }: { definition: ReportDefinitionDto }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Only the caller's own memberships: a chair's or district's grants would list every team below them.
  const teams = useTeams({ mine: true, limit: TEAM_LIST_LIMIT });
  const mine = (teams.data ?? []).filter((team: TeamDto) => team.myPermissions.actForTeam);
  const period = definition.currentPeriod;
  const open = useMutation({
    mutationFn: (teamId: string) =>
      openReport({ definitionId: definition.id, periodId: period?.id ?? '', reporter: { teamId } }),
    onSuccess: (report) => void navigate(`/reports/${report.id}`),
  });
  if (!period || mine.length === 0) return null;

  return (
    <Stack gap="xs" data-testid="my-team-reports">
      <Title order={2} size="h4">
        {t('reports.myTeams')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('reports.period', {
          id: period.id,
          start: formatCalendarDate(period.start),
          end: formatCalendarDate(period.end),
        })}{' '}
        · {t('reports.deadline', { date: formatCalendarDate(period.deadlineDate) })}
      </Text>
      {mine.map((team) => (
        <Paper key={team.id} withBorder p="sm" radius="md">
          <Group justify="space-between" gap="xs">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {team.name}
            </Text>
            <Button
              size="md"
              loading={open.isPending && open.variables === team.id}
              onClick={() => open.mutate(team.id)}
              data-testid={`report-open-team-${team.id}`}
            >
              {t('reports.openReport')}
            </Button>
          </Group>
        </Paper>
      ))}
      {open.error && <ErrorAlert error={open.error} />}
    </Stack>
  );
}
