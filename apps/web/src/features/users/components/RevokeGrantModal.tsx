import type { GrantDto, UserDto } from '@cdt/domain';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRevokeGrant } from '../hooks/use-users';

export interface RevokeTarget {
  user: UserDto;
  grant: GrantDto;
}

export function RevokeGrantModal({ target, onClose }: { target: RevokeTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeGrant();

  const close = () => {
    revoke.reset();
    onClose();
  };

  const confirm = () => {
    if (!target) return;
    revoke.mutate(
      { userId: target.user.id, grantId: target.grant.id },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('users.grantRevoked') });
          close();
        },
      },
    );
  };

  return (
    <Modal opened={target !== null} onClose={close} title={t('users.revokeTitle')} centered>
      {target && (
        <Stack gap="md">
          {revoke.error && <ErrorAlert error={revoke.error} />}
          <Text>
            {t('users.revokeText', {
              name: target.user.fullName,
              role: t(`roles.${target.grant.role}`),
              unit: target.grant.unit.name,
            })}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" size="md" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              size="md"
              onClick={confirm}
              loading={revoke.isPending}
              data-testid="grant-revoke-confirm"
            >
              {t('users.revokeSubmit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
