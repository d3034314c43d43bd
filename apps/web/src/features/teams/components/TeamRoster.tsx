import { MEMBERSHIP_ROLES, TEAM_SLOTS, type MembershipDto, type TeamDetailDto } from '@cdt/domain';
import { ActionIcon, Badge, Button, Collapse, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { MessagePersonButton } from '../../channels/components/MessagePersonButton';
import { formatCalendarDate } from '../lib/format';
import type { LeaveMode } from './LeaveModal';
import { DotsIcon, PhoneIcon } from './team-icons';

interface TeamRosterProps {
  team: TeamDetailDto;
  canGovern: boolean;
  onLeave: (mode: LeaveMode, membership: MembershipDto) => void;
}

/** What the caller may start about one member: end it directly, propose it, or ask for themself. */
function leaveModesFor(
  team: TeamDetailDto,
  member: MembershipDto,
  meId: string,
  canGovern: boolean,
): LeaveMode[] {
  if (member.status !== 'active' || team.status === 'dissolved') return [];
  const modes: LeaveMode[] = [];
  const isMe = member.person.id === meId;
  if (team.status === 'active' && isMe) modes.push('ask');
  if (team.status === 'active' && !isMe && team.myPermissions.proposeMembers) modes.push('propose');
  if (canGovern) modes.push('remove');
  return modes;
}

const MODE_LABELS: Record<LeaveMode, 'teams.askToLeave' | 'teams.proposeLeave' | 'teams.removeMember'> = {
  ask: 'teams.askToLeave',
  propose: 'teams.proposeLeave',
  remove: 'teams.removeMember',
};

function MemberRow({
  member,
  isMe,
  modes,
  onLeave,
}: {
  member: MembershipDto;
  isMe: boolean;
  modes: LeaveMode[];
  onLeave: TeamRosterProps['onLeave'];
}) {
  const { t } = useTranslation();
  const { person } = member;
  return (
    <Group
      component="li"
      justify="space-between"
      wrap="nowrap"
      gap="xs"
      py={6}
      data-testid={`member-${member.id}`}
      data-person-id={person.id}
      data-role={member.role}
      data-status={member.status}
    >
      <div style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6}>
          <Text fw={500} data-testid="member-name" style={{ overflowWrap: 'anywhere' }}>
            {person.fullName}
          </Text>
          {isMe && (
            <Badge size="xs" variant="outline" tt="none">
              {t('teams.you')}
            </Badge>
          )}
        </Group>
        {member.slot && (
          <Text size="sm" c="dimmed" data-testid="member-slot">
            {t(`teamSlots.${member.slot}`)}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {member.status === 'active'
            ? t('teams.since', { date: formatCalendarDate(member.startedOn) })
            : t('teams.endedOn', { date: formatCalendarDate(member.endedOn ?? '') })}
          {member.endReason ? ` · ${member.endReason}` : ''}
        </Text>
      </div>
      <Group gap={4} wrap="nowrap">
        {person.phone && member.status === 'active' && !isMe && (
          <ActionIcon
            component="a"
            href={`tel:${person.phone}`}
            variant="light"
            size={44}
            aria-label={t('teams.call', { name: person.fullName })}
          >
            <PhoneIcon size={20} />
          </ActionIcon>
        )}
        {member.status === 'active' && !isMe && (
          <MessagePersonButton userId={person.id} name={person.fullName} />
        )}
        {modes.length > 0 && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="default"
                size={44}
                aria-label={t('teams.memberMenu', { name: person.fullName })}
                data-testid={`member-menu-${member.id}`}
              >
                <DotsIcon size={20} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {modes.map((mode) => (
                <Menu.Item
                  key={mode}
                  color={mode === 'remove' ? 'red' : undefined}
                  onClick={() => onLeave(mode, member)}
                  py="sm"
                  data-testid={`member-${mode}-leave`}
                >
                  {t(MODE_LABELS[mode])}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </Group>
  );
}

/** Members in the plan's order of seats and tags (§3.1.2, §3.1.3), then by name. */
function bySlot(a: MembershipDto, b: MembershipDto): number {
  const rank = (member: MembershipDto) => (member.slot ? TEAM_SLOTS.indexOf(member.slot) : TEAM_SLOTS.length);
  return rank(a) - rank(b) || a.person.fullName.localeCompare(b.person.fullName, 'vi');
}

/** Members by role (leader, deputy, members with their seat or tag, collaborator group), then former members. */
export function TeamRoster({ team, canGovern, onLeave }: TeamRosterProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [formerOpen, former] = useDisclosure(false);
  const active = team.members.filter((member) => member.status === 'active');
  const ended = team.members.filter((member) => member.status !== 'active');
  const row = (member: MembershipDto) => (
    <MemberRow
      key={member.id}
      member={member}
      isMe={member.person.id === me.id}
      modes={leaveModesFor(team, member, me.id, canGovern)}
      onLeave={onLeave}
    />
  );

  return (
    <Stack gap="sm" data-testid="team-roster">
      <Title order={2} size="h4">
        {t('teams.members')}
      </Title>
      {MEMBERSHIP_ROLES.map((role) => {
        const holders = active.filter((member) => member.role === role).sort(bySlot);
        // Leader and member groups always show (an empty one is news); deputy and collaborators only when held.
        if (
          holders.length === 0 &&
          (role === 'collaborator' || (role === 'deputy' && team.kind === 'commune'))
        )
          return null;
        return (
          <Paper key={role} withBorder p="sm" radius="md" data-testid={`roster-group-${role}`}>
            <Group justify="space-between" mb={4}>
              <Text fw={700} size="sm" c="dimmed" tt="uppercase">
                {t(`teams.rosterGroups.${role}`)}
              </Text>
              <Badge variant="light" color="gray" tt="none">
                {holders.length}
              </Badge>
            </Group>
            {holders.length === 0 ? (
              <Text size="sm" c="dimmed" fs="italic">
                {t('teams.noMembers')}
              </Text>
            ) : (
              <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
                {holders.map(row)}
              </Stack>
            )}
          </Paper>
        );
      })}
      {ended.length > 0 && (
        <div>
          <Button
            variant="subtle"
            size="md"
            px={0}
            onClick={former.toggle}
            data-testid="former-members-toggle"
          >
            {t('teams.formerMembers', { count: ended.length })}
          </Button>
          <Collapse expanded={formerOpen}>
            <Stack
              component="ul"
              gap={0}
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              data-testid="former-members"
            >
              {ended.map(row)}
            </Stack>
          </Collapse>
        </div>
      )}
    </Stack>
  );
}
