import {
  TEAM_SIZE,
  type ComplianceReportDto,
  type CompositionFindingCode,
  type TeamComplianceDto,
  type TeamDto,
  type UnitWithoutTeamDto,
} from '@cdt/domain';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useReportScope } from '../hooks/use-report-scope';
import { TEAM_LIST_LIMIT, useCompliance, useTeams } from '../hooks/use-teams';
import { ScopePicker } from './ScopePicker';
import { StatCard } from './StatCard';
import { TeamKindBadge } from './TeamBadges';

/** Long lists (a province's villages) open a page at a time on a phone. */
const PAGE = 30;

function ComplianceTeamRow({ team, communeName }: { team: TeamComplianceDto; communeName?: string }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid={`compliance-team-${team.teamId}`}>
      <Stack gap={6}>
        <Anchor component={Link} to={`/teams/${team.teamId}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {team.teamName}
        </Anchor>
        <Group gap={6}>
          <TeamKindBadge kind={team.kind} />
          <Text size="sm" c="dimmed">
            {team.unitName}
            {communeName ? ` · ${t('teams.inCommune', { name: communeName })}` : ''} ·{' '}
            {t('teams.size', { count: team.coreCount, max: TEAM_SIZE[team.kind].max })}
          </Text>
        </Group>
        {team.findings.length > 0 && (
          <Group gap={6}>
            {team.findings.map((finding, index) => (
              <Badge
                key={`${finding.code}-${index}`}
                color={finding.severity === 'error' ? 'red' : 'yellow'}
                variant="light"
                radius="sm"
                tt="none"
                style={{ whiteSpace: 'normal', height: 'auto', minHeight: 22 }}
              >
                {t(`findings.${finding.code}`)}
                {finding.slot ? `: ${t(`teamSlots.${finding.slot}`)}` : ''}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function UnitsWithoutTeam({
  title,
  units,
  parentNames,
  testId,
}: {
  title: string;
  units: UnitWithoutTeamDto[];
  parentNames: Map<string, string>;
  testId: string;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  if (units.length === 0) return null;
  return (
    <Stack gap="xs" data-testid={testId}>
      <Text fw={600}>{title}</Text>
      <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
        {units.slice(0, shown).map((unit) => {
          const parent = unit.parentId ? parentNames.get(unit.parentId) : undefined;
          return (
            <li key={unit.unitId} data-testid={`without-unit-${unit.unitId}`}>
              <Anchor component={Link} to={`/units/${unit.unitId}`} display="block" py={6}>
                {unit.name}
                {parent && (
                  <Text span size="sm" c="dimmed">
                    {' · '}
                    {parent}
                  </Text>
                )}
              </Anchor>
            </li>
          );
        })}
      </Stack>
      {units.length > shown && (
        <Button variant="subtle" size="md" onClick={() => setShown((count) => count + PAGE)}>
          {t('compliance.showMore', { count: Math.min(PAGE, units.length - shown) })}
        </Button>
      )}
    </Stack>
  );
}

function ComplianceReport({ report, teams: known }: { report: ComplianceReportDto; teams: TeamDto[] }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const { totals } = report;
  const teams = showAll ? report.teams : report.teams.filter((team) => team.findings.length > 0);
  const communes = report.unitsWithoutTeam.filter((unit) => unit.kind === 'commune');
  const villages = report.unitsWithoutTeam.filter((unit) => unit.kind === 'village');
  // Villages are named with their commune: known from the commune teams and the communes without one.
  const communeNames = new Map<string, string>([
    ...report.teams
      .filter((team) => team.kind === 'commune')
      .map((team): [string, string] => [team.unitId, team.unitName]),
    ...communes.map((unit): [string, string] => [unit.unitId, unit.name]),
  ]);
  // A village team's commune comes from the team list (the report names the village only).
  const parentOf = new Map(known.map((team) => [team.id, team.unit.parentId]));
  const communeOf = (team: TeamComplianceDto) => {
    const parentId = team.kind === 'village' ? parentOf.get(team.teamId) : null;
    return parentId ? communeNames.get(parentId) : undefined;
  };
  const codes = Object.entries(totals.findingsByCode) as [CompositionFindingCode, number][];

  return (
    <Stack gap="lg">
      <SimpleGrid cols={2} spacing="xs" data-testid="compliance-totals">
        <StatCard
          label={t('compliance.communesWithTeam')}
          value={t('compliance.ofTotal', { count: totals.communesWithTeam, total: totals.communes })}
          testId="compliance-stat-communes"
        />
        <StatCard
          label={t('compliance.villagesWithTeam')}
          value={t('compliance.ofTotal', { count: totals.villagesWithTeam, total: totals.villages })}
          testId="compliance-stat-villages"
        />
        <StatCard
          label={t('compliance.teamsWithErrors')}
          value={t('compliance.ofTotal', { count: totals.teamsWithErrors, total: totals.teams })}
          color={totals.teamsWithErrors > 0 ? 'red' : 'green'}
          testId="compliance-stat-errors"
        />
        <StatCard
          label={t('compliance.teamsWithWarnings')}
          value={t('compliance.ofTotal', { count: totals.teamsWithWarnings, total: totals.teams })}
          color={totals.teamsWithWarnings > 0 ? 'yellow.8' : 'green'}
          testId="compliance-stat-warnings"
        />
      </SimpleGrid>
      {codes.length > 0 && (
        <Stack gap={6}>
          <Text fw={600}>{t('compliance.byCode')}</Text>
          <Group gap={6} data-testid="compliance-codes">
            {codes.map(([code, count]) => (
              <Badge key={code} variant="light" color="gray" radius="sm" tt="none" size="lg">
                {t(`findings.${code}`)}: {count}
              </Badge>
            ))}
          </Group>
        </Stack>
      )}
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4">
            {t('compliance.teamsTitle')}
          </Title>
          <Switch
            size="md"
            label={t('compliance.showAll')}
            checked={showAll}
            onChange={(event) => setShowAll(event.currentTarget.checked)}
            data-testid="compliance-show-all"
          />
        </Group>
        {teams.length === 0 ? (
          <Text c="dimmed">{t('compliance.noProblems')}</Text>
        ) : (
          <Stack
            component="ul"
            gap="xs"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            data-testid="compliance-teams"
          >
            {teams.map((team) => (
              <ComplianceTeamRow key={team.teamId} team={team} communeName={communeOf(team)} />
            ))}
          </Stack>
        )}
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('compliance.withoutTeam')}
        </Title>
        {report.unitsWithoutTeam.length === 0 && <Text c="dimmed">{t('compliance.allHaveTeams')}</Text>}
        <UnitsWithoutTeam
          title={t('compliance.communesWithout', { count: communes.length })}
          units={communes}
          parentNames={communeNames}
          testId="compliance-without-communes"
        />
        <UnitsWithoutTeam
          title={t('compliance.villagesWithout', { count: villages.length })}
          units={villages}
          parentNames={communeNames}
          testId="compliance-without-villages"
        />
      </Stack>
    </Stack>
  );
}

/** Compliance of the teams in a unit's subtree with §3.1, and the communes and villages still without a team. */
export function CompliancePage() {
  const { t } = useTranslation();
  const scope = useReportScope();
  const report = useCompliance(scope.unitId);
  const teams = useTeams(
    { unitId: scope.unitId ?? undefined, limit: TEAM_LIST_LIMIT },
    scope.unitId !== null,
  );
  return (
    <Stack gap="md" maw={900} data-testid="compliance-page">
      <Title order={1} size="h2">
        {t('compliance.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('compliance.intro')}
      </Text>
      <ScopePicker unit={scope.unit} onChange={scope.setUnit} />
      {!scope.unitId ? (
        <Text c="dimmed">{t('compliance.pickScope')}</Text>
      ) : report.error ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : !report.data ? (
        <Loader />
      ) : (
        <ComplianceReport report={report.data} teams={teams.data ?? []} />
      )}
    </Stack>
  );
}
