import { TEAM_SIZE, type TeamDetailDto } from '@cdt/domain';
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHasAnyGrant } from '../hooks/use-team-governance';
import { formatCalendarDate } from '../lib/format';
import { TeamKindBadge, TeamSizeBadge, TeamStatusBadge } from './TeamBadges';

/** Name, unit, status, size and the establishment decision (number, date, signer). */
export function TeamHeader({ team }: { team: TeamDetailDto }) {
  const { t } = useTranslation();
  // Members without a grant cannot open the unit's page: name it without a link.
  const linkUnit = useHasAnyGrant();
  const { min, max } = TEAM_SIZE[team.kind];
  return (
    <Stack gap="xs">
      <Anchor component={Link} to="/teams" size="sm" data-testid="team-back">
        ‹ {t('teams.back')}
      </Anchor>
      <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }} data-testid="team-title">
        {team.name}
      </Title>
      <Group gap={6}>
        <TeamKindBadge kind={team.kind} />
        <TeamStatusBadge status={team.status} />
        {team.status !== 'dissolved' && (
          <TeamSizeBadge kind={team.kind} coreCount={team.coreCount} sizeStatus={team.sizeStatus} />
        )}
        {team.collaboratorCount > 0 && (
          <Badge variant="light" color="gray" size="md" radius="sm" tt="none">
            {t('teams.collaborators', { count: team.collaboratorCount })}
          </Badge>
        )}
        {team.rolloutPeriod && (
          <Badge variant="outline" color="gray" size="md" radius="sm" tt="none" data-testid="team-period">
            {t('teams.period', { period: t(`rolloutPeriods.${team.rolloutPeriod}`) })}
          </Badge>
        )}
      </Group>
      <Text size="sm" data-testid="team-unit">
        {t('teams.unit')}:{' '}
        {linkUnit ? (
          <Anchor component={Link} to={`/units/${team.unit.id}`} size="sm">
            {team.unit.name}
          </Anchor>
        ) : (
          team.unit.name
        )}
        {' · '}
        {min === max
          ? t('teams.sizeExact', { count: team.coreCount, max })
          : t('teams.sizeRange', { count: team.coreCount, min, max })}
      </Text>
      <Stack gap={2} data-testid="team-decision">
        {team.decision ? (
          <>
            <Text size="sm">
              <Text span fw={600} size="sm">
                {t('teams.decision')}:{' '}
              </Text>
              {t('teams.decisionText', {
                number: team.decision.number,
                date: formatCalendarDate(team.decision.signedOn),
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('teams.signer', { name: team.decision.signerName })}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            {t('teams.noDecision')}
          </Text>
        )}
        {team.activatedOn && (
          <Text size="sm" c="dimmed">
            {t('teams.activatedOn', { date: formatCalendarDate(team.activatedOn) })}
          </Text>
        )}
        {team.dissolvedOn && (
          <Text size="sm" c="red">
            {t('teams.dissolvedOn', {
              date: formatCalendarDate(team.dissolvedOn),
              reason: team.dissolutionReason ?? '',
            })}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
