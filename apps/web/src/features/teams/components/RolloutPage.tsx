import type {
  CommuneRolloutDto,
  CountRange,
  PhaseProgressDto,
  PhaseStatus,
  RolloutAreaProgressDto,
  TeamDto,
} from '@cdt/domain';
import {
  Accordion,
  Anchor,
  Badge,
  Group,
  Loader,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useReportScope } from '../hooks/use-report-scope';
import { TEAM_LIST_LIMIT, useRollout, useTeams } from '../hooks/use-teams';
import { formatCalendarDate, todayInVietnam } from '../lib/format';
import { ScopePicker } from './ScopePicker';
import { TeamKindBadge } from './TeamBadges';

const STATUS_COLORS: Record<PhaseStatus, string> = {
  upcoming: 'gray',
  in_progress: 'blue',
  met: 'green',
  missed: 'red',
  ended: 'gray',
};

function TargetRow({
  label,
  actual,
  target,
  color,
}: {
  label: string;
  actual: number;
  target: CountRange;
  color: string;
}) {
  const { t } = useTranslation();
  const goal =
    target.min === target.max
      ? t('rollout.target', { min: target.min })
      : t('rollout.targetRange', { min: target.min, max: target.max });
  return (
    <div>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">{label}</Text>
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {actual}{' '}
          <Text span size="xs" c="dimmed" fw={400}>
            ({goal})
          </Text>
        </Text>
      </Group>
      <Progress
        value={target.min > 0 ? Math.min(100, (actual / target.min) * 100) : 100}
        color={color}
        size="md"
      />
    </div>
  );
}

function PhaseCard({ phase }: { phase: PhaseProgressDto }) {
  const { t } = useTranslation();
  const color = STATUS_COLORS[phase.status];
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid={`rollout-phase-${phase.phase}`}
      data-status={phase.status}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <div>
            <Text fw={600}>{t(`rolloutPeriods.${phase.phase}`)}</Text>
            <Text size="xs" c="dimmed">
              {formatCalendarDate(phase.startsOn)} – {formatCalendarDate(phase.endsOn)}
            </Text>
          </div>
          <Badge color={color} variant="light" radius="sm" tt="none" style={{ flexShrink: 0 }}>
            {t(`phaseStatuses.${phase.status}`)}
          </Badge>
        </Group>
        {phase.target ? (
          <>
            <TargetRow
              label={t('rollout.communes')}
              actual={phase.actual.communes}
              target={phase.target.communes}
              color={color}
            />
            <TargetRow
              label={t('rollout.communeTeams')}
              actual={phase.actual.communeTeams}
              target={phase.target.communeTeams}
              color={color}
            />
            <TargetRow
              label={t('rollout.villageTeams')}
              actual={phase.actual.villageTeams}
              target={phase.target.villageTeams}
              color={color}
            />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('rollout.noTarget')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function CommuneItem({
  commune,
  area,
  teamsById,
}: {
  commune: CommuneRolloutDto;
  area: RolloutAreaProgressDto;
  teamsById: Map<string, TeamDto>;
}) {
  const { t } = useTranslation();
  const teams = area.teams.filter((team) => team.communeId === commune.communeId);
  const target = commune.villageTarget;
  return (
    <Accordion.Item value={commune.communeId} data-testid={`rollout-commune-${commune.communeId}`}>
      <Accordion.Control>
        <Stack gap={4}>
          <Text fw={600}>{commune.name}</Text>
          <Text size="sm" c="dimmed">
            {t('rollout.enteredIn', { period: t(`rolloutPeriods.${commune.enteredIn}`) })}
          </Text>
          {commune.meetsVillageTarget !== null && (
            <Text size="sm" fw={500} c={commune.meetsVillageTarget ? 'green.8' : 'red.8'}>
              {target
                ? t(target.min === target.max ? 'rollout.villageProgressExact' : 'rollout.villageProgress', {
                    count: commune.villageTeamsInEntryPhase,
                    min: target.min,
                    max: target.max,
                  })
                : t('rollout.villageCount', { count: commune.villageTeams })}
            </Text>
          )}
        </Stack>
      </Accordion.Control>
      <Accordion.Panel>
        <Text size="sm" fw={600} mb={4}>
          {t('rollout.teamsOfCommune')}
        </Text>
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          {teams.map((team) => {
            const known = teamsById.get(team.teamId);
            return (
              <li
                key={team.teamId}
                data-testid={`rollout-team-${team.teamId}`}
                data-period={team.period ?? ''}
              >
                <Anchor
                  component={Link}
                  to={`/teams/${team.teamId}`}
                  size="sm"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {known?.unit.name ?? t(`teamKinds.${team.kind}`)}
                </Anchor>
                <Group gap={6} mt={2}>
                  <TeamKindBadge kind={team.kind} />
                  <Badge variant="outline" color="gray" radius="sm" tt="none">
                    {team.period ? t(`rolloutPeriods.${team.period}`) : t('rollout.notFormed')}
                  </Badge>
                  {team.formedOn && (
                    <Text size="xs" c="dimmed">
                      {t('rollout.formedOn', { date: formatCalendarDate(team.formedOn) })}
                    </Text>
                  )}
                </Group>
              </li>
            );
          })}
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}

function AreaBody({ area, teamsById }: { area: RolloutAreaProgressDto; teamsById: Map<string, TeamDto> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {area.phases.map((phase) => (
        <PhaseCard key={phase.phase} phase={phase} />
      ))}
      <Title order={3} size="h4">
        {t('rollout.communesTitle')}
      </Title>
      {area.communes.length === 0 ? (
        <Text c="dimmed">{t('rollout.noCommunes')}</Text>
      ) : (
        <Accordion variant="separated" chevronPosition="right">
          {area.communes.map((commune) => (
            <CommuneItem key={commune.communeId} commune={commune} area={area} teamsById={teamsById} />
          ))}
        </Accordion>
      )}
    </Stack>
  );
}

/** The phases that carry targets, as status badges: a district's progress at a glance. */
function PhaseStatusBadges({ area }: { area: RolloutAreaProgressDto }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      {area.phases
        .filter((phase) => phase.target !== null)
        .map((phase) => (
          <Badge key={phase.phase} color={STATUS_COLORS[phase.status]} variant="light" radius="sm" tt="none">
            {t(`rolloutPeriods.${phase.phase}`)}: {t(`phaseStatuses.${phase.status}`)}
          </Badge>
        ))}
    </Group>
  );
}

/** One area opens in full; a province's districts are folded so that the list can be scanned on a phone. */
function Areas({ areas, teamsById }: { areas: RolloutAreaProgressDto[]; teamsById: Map<string, TeamDto> }) {
  const { t } = useTranslation();
  const [first] = areas;
  if (areas.length === 1 && first) {
    return (
      <Stack gap="sm" data-testid={`rollout-area-${first.areaUnitId}`}>
        <Title order={2} size="h3">
          {first.areaName ?? t('rollout.area')}
        </Title>
        <AreaBody area={first} teamsById={teamsById} />
      </Stack>
    );
  }
  return (
    <Accordion multiple variant="contained" chevronPosition="right">
      {areas.map((area) => (
        <Accordion.Item
          key={area.areaUnitId}
          value={area.areaUnitId}
          data-testid={`rollout-area-${area.areaUnitId}`}
        >
          <Accordion.Control>
            <Stack gap={6}>
              <Text fw={700} size="lg">
                {area.areaName ?? t('rollout.area')}
              </Text>
              <PhaseStatusBadges area={area} />
            </Stack>
          </Accordion.Control>
          <Accordion.Panel>
            <AreaBody area={area} teamsById={teamsById} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

/** Roll-out per district: the plan's phase targets against the teams formed, and the phase each team formed in. */
export function RolloutPage() {
  const { t } = useTranslation();
  const scope = useReportScope();
  const [asOf, setAsOf] = useState(todayInVietnam);
  const rollout = useRollout(scope.unitId, asOf);
  const teams = useTeams(
    { unitId: scope.unitId ?? undefined, limit: TEAM_LIST_LIMIT },
    scope.unitId !== null,
  );
  const teamsById = new Map((teams.data ?? []).map((team) => [team.id, team]));

  return (
    <Stack gap="md" maw={900} data-testid="rollout-page">
      <Title order={1} size="h2">
        {t('rollout.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('rollout.intro')}
      </Text>
      <ScopePicker unit={scope.unit} onChange={scope.setUnit} />
      <TextInput
        size="md"
        type="date"
        label={t('rollout.asOf')}
        value={asOf}
        onChange={(event) => setAsOf(event.currentTarget.value)}
        data-testid="rollout-as-of"
      />
      {!scope.unitId ? (
        <Text c="dimmed">{t('compliance.pickScope')}</Text>
      ) : rollout.error ? (
        <ErrorAlert error={rollout.error} onRetry={() => void rollout.refetch()} />
      ) : !rollout.data ? (
        <Loader />
      ) : (
        <Stack gap="xl">
          <Badge size="lg" variant="light" radius="sm" tt="none" data-testid="rollout-current">
            {t('rollout.currentPeriod', { period: t(`rolloutPeriods.${rollout.data.currentPeriod}`) })}
          </Badge>
          {rollout.data.areas.length === 0 && <Text c="dimmed">{t('rollout.noAreas')}</Text>}
          <Areas areas={rollout.data.areas} teamsById={teamsById} />
        </Stack>
      )}
    </Stack>
  );
}
