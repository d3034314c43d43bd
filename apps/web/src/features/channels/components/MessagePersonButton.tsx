import { ActionIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorText } from '../../../lib/use-error-text';
import { useOpenDirect } from '../hooks/use-working-groups';
import { ChatIcon } from './channel-icons';

/** Opens (or finds) the one-to-one conversation with a person from wherever they are listed; a refusal says why. */
export function MessagePersonButton({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const open = useOpenDirect();
  return (
    <ActionIcon
      variant="light"
      size={44}
      loading={open.isPending}
      aria-label={t('channels.groups.messagePerson', { name })}
      onClick={() =>
        open.mutate(userId, {
          onSuccess: (channel) => void navigate(`/channels/${channel.id}`),
          onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
        })
      }
      data-testid={`message-person-${userId}`}
    >
      <ChatIcon />
    </ActionIcon>
  );
}
