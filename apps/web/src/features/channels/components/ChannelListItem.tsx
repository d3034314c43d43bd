import type { ChannelDto } from '@cdt/domain';
import { Badge, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from './Channels.module.css';

export function ChannelListItem({ channel, active }: { channel: ChannelDto; active: boolean }) {
  const { t } = useTranslation();
  const last = channel.lastMessage;
  const preview = last ? (last.authorName ? `${last.authorName}: ${last.text}` : last.text) : null;

  return (
    <Link
      to={`/channels/${channel.id}`}
      className={classes.channelRow}
      data-active={active}
      data-testid={`channel-item-${channel.id}`}
      data-kind={channel.kind}
      data-unread={channel.unreadCount}
    >
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6} wrap="nowrap">
          <Text fw={channel.unreadCount > 0 ? 700 : 500} truncate>
            {channel.title}
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <Badge size="xs" variant="light" tt="none" style={{ flexShrink: 0 }}>
            {t(`channels.kind.${channel.kind}`)}
          </Badge>
          {channel.status === 'archived' && (
            <Badge size="xs" color="gray" tt="none">
              {t('channels.archived')}
            </Badge>
          )}
          <Text size="sm" c="dimmed" truncate>
            {preview ?? t('channels.noMessagesYet')}
          </Text>
        </Group>
      </Box>
      {channel.mentionCount > 0 && (
        <Badge color="orange" circle aria-label={t('channels.mentioned')}>
          @
        </Badge>
      )}
      {channel.unreadCount > 0 && (
        <Badge
          color="red"
          circle
          size="lg"
          aria-label={t('channels.unread', { count: channel.unreadCount })}
          data-testid="channel-unread"
        >
          {channel.unreadCount}
        </Badge>
      )}
    </Link>
  );
}
