import type { UserDto } from '@cdt/domain';
import { Alert, Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PlusIcon, SearchIcon } from '../../../components/icons';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { useCanManageUsers } from '../../auth/hooks/use-can-manage-users';
import { useUsers } from '../hooks/use-users';
import { AddGrantModal } from './AddGrantModal';
import { CreateUserModal } from './CreateUserModal';
import { RevokeGrantModal, type RevokeTarget } from './RevokeGrantModal';
import { UserCard } from './UserCard';

export function UsersPage() {
  const { t } = useTranslation();
  const canManage = useCanManageUsers();
  if (!canManage) {
    return (
      <Alert color="yellow" data-testid="users-forbidden">
        {t('users.forbidden')}
      </Alert>
    );
  }
  return <UserManagement />;
}

function UserManagement() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search, 300);
  const users = useUsers(term);
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<UserDto | null>(null);
  const [revoking, setRevoking] = useState<RevokeTarget | null>(null);

  return (
    <Stack gap="md" maw={900}>
      <Group justify="space-between" gap="sm">
        <Title order={1} size="h2">
          {t('users.title')}
        </Title>
        <Button
          size="md"
          leftSection={<PlusIcon size={18} />}
          onClick={() => setCreating(true)}
          data-testid="user-create-open"
        >
          {t('users.create')}
        </Button>
      </Group>
      <TextInput
        size="md"
        enterKeyHint="search"
        aria-label={t('users.searchLabel')}
        placeholder={t('users.searchPlaceholder')}
        leftSection={<SearchIcon size={18} />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        data-testid="user-search"
      />
      {users.error ? (
        <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : !users.data ? (
        <Loader />
      ) : users.data.length === 0 ? (
        <Text c="dimmed">{t('users.empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="user-list">
          {users.data.map((user) => (
            <UserCard
              key={user.id}
              user={user}
              isSelf={user.id === me.id}
              onAddGrant={setGranting}
              onRevoke={(target, grant) => setRevoking({ user: target, grant })}
            />
          ))}
        </Stack>
      )}
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} onCreated={setGranting} />
      <AddGrantModal user={granting} onClose={() => setGranting(null)} />
      <RevokeGrantModal target={revoking} onClose={() => setRevoking(null)} />
    </Stack>
  );
}
