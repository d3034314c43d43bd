import type { GrantDto, UserDto } from '@cdt/domain';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../../components/icons';
import { GrantList } from './GrantList';
import { UserStatusButton } from './UserStatusButton';

interface UserCardProps {
  user: UserDto;
  isSelf: boolean;
  onAddGrant: (user: UserDto) => void;
  onRevoke: (user: UserDto, grant: GrantDto) => void;
}

export function UserCard({ user, isSelf, onAddGrant, onRevoke }: UserCardProps) {
  const { t } = useTranslation();
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      data-testid={`user-card-${user.username}`}
      data-disabled={user.disabled}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Group gap={6}>
              <Text fw={600}>{user.fullName}</Text>
              {isSelf && (
                <Badge size="xs" variant="outline" tt="none">
                  {t('users.you')}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {user.username}
              {user.phone ? ` · ${user.phone}` : ''}
            </Text>
          </div>
          <Badge
            color={user.disabled ? 'red' : 'green'}
            variant="light"
            tt="none"
            style={{ flexShrink: 0 }}
            data-testid="user-status"
          >
            {user.disabled ? t('users.statusDisabled') : t('users.statusActive')}
          </Badge>
        </Group>
        <GrantList grants={user.grants} onRevoke={(grant) => onRevoke(user, grant)} />
        <Group gap="xs">
          <Button
            size="sm"
            variant="light"
            leftSection={<PlusIcon size={16} />}
            onClick={() => onAddGrant(user)}
            data-testid="user-add-grant"
          >
            {t('users.addGrant')}
          </Button>
          {!isSelf && <UserStatusButton user={user} />}
        </Group>
      </Stack>
    </Paper>
  );
}
