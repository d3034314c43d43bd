import type { UserDto } from '@cdt/domain';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { useUpdateUser } from '../hooks/use-users';

/** Disables or re-enables an account; a disabled account cannot sign in and loses its sessions. */
export function UserStatusButton({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const update = useUpdateUser();
  const toggle = () =>
    update.mutate(
      { id: user.id, body: { disabled: !user.disabled } },
      {
        onSuccess: (updated) =>
          notifications.show({
            color: 'green',
            message: t(updated.disabled ? 'users.disabledDone' : 'users.enabledDone', {
              username: updated.username,
            }),
          }),
        onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
      },
    );
  return (
    <Button
      size="sm"
      variant="default"
      color={user.disabled ? undefined : 'red'}
      c={user.disabled ? undefined : 'red'}
      loading={update.isPending}
      onClick={toggle}
      data-testid="user-toggle-disabled"
    >
      {user.disabled ? t('users.enable') : t('users.disable')}
    </Button>
  );
}
