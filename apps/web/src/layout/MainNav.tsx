import { Badge, NavLink, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { UnitsIcon, UsersIcon } from '../components/icons';
import { useCurrentUser } from '../features/auth/hooks/current-user-context';
import { useCanManageUsers } from '../features/auth/hooks/use-can-manage-users';
import { useTotalUnread } from '../features/channels/hooks/use-channels';
import { useActionQueueSender } from '../features/tasks/hooks/use-action-queue';
import { useCanIssueTasks, useIsTeamMember } from '../features/tasks/hooks/use-task-roles';
import { useMyToDoCount } from '../features/teams/hooks/use-requests';
import { useCanManageRosters, useHasAnyGrant } from '../features/teams/hooks/use-team-governance';
import { ChatIcon } from '../features/channels/components/channel-icons';
import {
  ChartIcon,
  CheckListIcon,
  FileIcon,
  InboxIcon,
  TeamIcon,
} from '../features/teams/components/team-icons';

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  testId: string;
  /** A count shown beside the label (requests waiting for the user). */
  count?: number;
  /** What the count means, read by screen readers (default: requests waiting). */
  countLabel?: string;
}

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const user = useCurrentUser();
  const canManageUsers = useCanManageUsers();

  const hasGrant = useHasAnyGrant();
  const canManageRosters = useCanManageRosters();
  const toDo = useMyToDoCount();
  const canIssueTasks = useCanIssueTasks();
  const isTeamMember = useIsTeamMember();
  // The navigation is always mounted: actions tapped offline on any page are sent from here.
  useActionQueueSender();
  const unread = useTotalUnread();

  const items: NavItem[] = [
    { to: '/units', label: t('nav.units'), icon: <UnitsIcon />, testId: 'nav-units' },
    ...(hasGrant
      ? [{ to: '/dashboard', label: t('nav.dashboard'), icon: <ChartIcon />, testId: 'nav-dashboard' }]
      : []),
    ...(canIssueTasks
      ? [{ to: '/tasks', label: t('nav.tasks'), icon: <CheckListIcon />, testId: 'nav-tasks' }]
      : []),
    ...(isTeamMember
      ? [{ to: '/inbox', label: t('nav.inbox'), icon: <InboxIcon />, testId: 'nav-inbox' }]
      : []),
    { to: '/teams', label: t('nav.teams'), icon: <TeamIcon />, testId: 'nav-teams' },
    {
      to: '/channels',
      label: t('nav.channels'),
      icon: <ChatIcon />,
      testId: 'nav-channels',
      count: unread,
      countLabel: t('channels.unread', { count: unread }),
    },
    {
      to: '/approvals',
      label: t('nav.approvals'),
      icon: <InboxIcon />,
      testId: 'nav-approvals',
      count: toDo,
    },
    // Team leaders file reports, officials compile and receive them: everyone signed in has a use for it.
    { to: '/reports', label: t('nav.reports'), icon: <FileIcon />, testId: 'nav-reports' },
    ...(hasGrant
      ? [
          {
            to: '/compliance',
            label: t('nav.compliance'),
            icon: <CheckListIcon />,
            testId: 'nav-compliance',
          },
          { to: '/rollout', label: t('nav.rollout'), icon: <ChartIcon />, testId: 'nav-rollout' },
        ]
      : []),
    ...(canManageRosters
      ? [{ to: '/roster', label: t('nav.roster'), icon: <FileIcon />, testId: 'nav-roster' }]
      : []),
    ...(canManageUsers
      ? [{ to: '/users', label: t('nav.users'), icon: <UsersIcon />, testId: 'nav-users' }]
      : []),
  ];

  return (
    <Stack gap="lg">
      <Stack gap={4} component="nav">
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            leftSection={item.icon}
            rightSection={
              item.count ? (
                <Badge
                  size="md"
                  circle
                  color="red"
                  aria-label={item.countLabel ?? t('approvals.navCount', { count: item.count })}
                  data-testid={`${item.testId}-count`}
                >
                  {item.count}
                </Badge>
              ) : undefined
            }
            active={pathname.startsWith(item.to)}
            onClick={onNavigate}
            mih={48}
            fw={500}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
            data-testid={item.testId}
          />
        ))}
      </Stack>
      <Stack gap={6} data-testid="my-access">
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('nav.myAccess')}
        </Text>
        {user.grants.map((grant) => (
          <div key={grant.id}>
            <Badge variant="light" size="sm" tt="none">
              {t(`roles.${grant.role}`)}
            </Badge>
            <Text size="sm">{grant.unit.name}</Text>
          </div>
        ))}
      </Stack>
    </Stack>
  );
}
