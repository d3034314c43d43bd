import type { TeamDto } from '@cdt/domain';
import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChevronRightIcon } from '../../../components/icons';
import { FindingCountBadges, TeamKindBadge, TeamSizeBadge, TeamStatusBadge } from './TeamBadges';
import classes from './TeamCard.module.css';

interface TeamCardProps {
  team: TeamDto;
  /** The village team's commune, when the list knows it (villages of the same name exist in many communes). */
  communeName?: string;
}

/** My part in the team, read from my permissions (a list does not carry the role; members and collaborators read alike). */
function myRoleKey(team: TeamDto): 'leader' | 'deputy' | 'reader' | null {
  const mine = team.myPermissions;
  if (mine.nominateMembers) return 'leader';
  if (mine.proposeMembers) return 'deputy';
  return mine.readTeamWork ? 'reader' : null;
}

export function TeamCard({ team, communeName }: TeamCardProps) {
  const { t } = useTranslation();
  const role = myRoleKey(team);
  return (
    <UnstyledButton
      component={Link}
      to={`/teams/${team.id}`}
      className={classes.card}
      data-testid={`team-card-${team.id}`}
      data-status={team.status}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Stack gap={6} className={classes.body}>
          <Text fw={600} className={classes.name}>
            {team.name}
          </Text>
          <Text size="sm" c="dimmed" className={classes.name}>
            {team.unit.name}
            {communeName ? ` · ${t('teams.inCommune', { name: communeName })}` : ''}
          </Text>
          <Group gap={6}>
            <TeamKindBadge kind={team.kind} />
            {team.status !== 'active' && <TeamStatusBadge status={team.status} />}
            {team.status !== 'dissolved' && (
              <>
                <TeamSizeBadge kind={team.kind} coreCount={team.coreCount} sizeStatus={team.sizeStatus} />
                <FindingCountBadges findings={team.findings} />
              </>
            )}
            {team.pendingRequestCount > 0 && (
              <Badge variant="filled" color="blue" size="md" radius="sm" tt="none" data-testid="team-pending">
                {t('teams.pending', { count: team.pendingRequestCount })}
              </Badge>
            )}
            {role && (
              <Badge variant="outline" size="md" radius="sm" tt="none" data-testid="team-my-role">
                {role === 'reader' ? t('teams.you') : t('teams.myRole', { role: t(`memberRoles.${role}`) })}
              </Badge>
            )}
          </Group>
        </Stack>
        <ChevronRightIcon size={18} style={{ flexShrink: 0, marginTop: 4 }} />
      </Group>
    </UnstyledButton>
  );
}
