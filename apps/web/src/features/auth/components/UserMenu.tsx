import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LogoutIcon } from '../../../components/icons';
import { useCurrentUser } from '../hooks/current-user-context';
import { useLogout } from '../hooks/use-logout';

function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('auth.accountMenu', { name: user.fullName })}
          data-testid="user-menu"
          mih={44}
          px={4}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar color="blue" radius="xl" size={36}>
              {initials(user.fullName)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" maw={180} truncate="end">
              {user.fullName}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" data-testid="user-menu-name">
            {user.fullName}
          </Text>
          <Text size="xs" c="dimmed">
            {t('auth.signedInAs', { username: user.username })}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<LogoutIcon size={18} />}
          onClick={() => logout.mutate()}
          data-testid="logout"
          mih={44}
        >
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
