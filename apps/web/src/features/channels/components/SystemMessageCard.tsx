import type { MessageDto } from '@cdt/domain';
import { Anchor, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTime } from '../lib/format-time';
import classes from './Channels.module.css';
import { BellIcon } from './channel-icons';

/** The hub's own message (task news, reminders, escalations): set apart, with a link to act on it. */
export function SystemMessageCard({ message }: { message: MessageDto }) {
  const { t, i18n } = useTranslation();
  const system = message.system;
  return (
    <Paper
      p="xs"
      radius="md"
      className={classes.system}
      data-testid="system-message"
      data-seq={message.seq}
      data-type={system?.type}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" fw={700} c="yellow.9">
          <BellIcon size={12} /> {system ? t(`channels.system.${system.type}`) : t('channels.message.hub')}
        </Text>
        <Text size="xs" c="dimmed">
          {formatTime(message.createdAt, i18n.language)}
        </Text>
      </Group>
      <Text size="sm" className={classes.text}>
        {message.text}
      </Text>
      {system && (
        <Group gap="md">
          <Anchor component={Link} to={`/tasks/${system.taskId}`} size="sm" data-testid="system-task-link">
            {t('channels.message.openTask')}
          </Anchor>
          <Anchor component={Link} to="/inbox" size="sm" data-testid="system-inbox-link">
            {t('channels.message.openInbox')}
          </Anchor>
        </Group>
      )}
    </Paper>
  );
}
