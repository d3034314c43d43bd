import { Box, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { useChannel, useChannelMembers, usePins } from '../hooks/use-channels';
import classes from './Channels.module.css';
import { MessageItem } from './MessageItem';

/** The channel's pinned messages, most recently pinned first. */
export function PinnedList({ channelId }: { channelId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const channel = useChannel(channelId);
  const members = useChannelMembers(channelId);
  const pins = usePins(channelId, true);

  return (
    <Box className={classes.timeline} data-testid="pinned-list">
      <Stack gap="xs">
        <Text fw={600}>{t('channels.pins.title', { count: pins.data?.length ?? 0 })}</Text>
        {pins.isPending && <Loader size="sm" />}
        {pins.isError && <ErrorAlert error={pins.error} />}
        {pins.data?.length === 0 && <Text c="dimmed">{t('channels.pins.empty')}</Text>}
        {channel.data &&
          pins.data?.map((message) => (
            <MessageItem
              key={message.id}
              message={message}
              channel={channel.data}
              members={members.data ?? []}
              myUserId={me.id}
            />
          ))}
      </Stack>
    </Box>
  );
}
