import { channelTimeline, type ChannelDto, type ChannelMemberDto, type MessageDto } from '@cdt/domain';
import { Drawer, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { useThreadMessages } from '../hooks/use-channel-messages';
import { useOutbox } from '../hooks/use-outbox';
import { channelRights } from './ChannelPane';
import { Composer } from './Composer';
import { MessageItem } from './MessageItem';
import { Timeline } from './Timeline';

interface ThreadDrawerProps {
  channel: ChannelDto;
  root: MessageDto;
  members: ChannelMemberDto[];
  onClose: () => void;
}

/** A thread: its root, its replies (live ones merge in) and a composer that replies to the root. */
export function ThreadDrawer({ channel, root, members, onClose }: ThreadDrawerProps) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const me = useCurrentUser();
  const thread = useThreadMessages(channel.id, root.id);
  const outbox = useOutbox().filter((e) => e.parentId === root.id);
  const items = channelTimeline(channel.id, thread.data?.messages ?? [], outbox);

  return (
    <Drawer
      opened
      onClose={onClose}
      position={isMobile ? 'bottom' : 'right'}
      size={isMobile ? '100%' : 'md'}
      title={t('channels.thread.title')}
    >
      <Stack gap="xs" h={isMobile ? 'calc(100dvh - 80px)' : 'calc(100vh - 80px)'} data-testid="thread">
        <MessageItem message={root} channel={channel} members={members} myUserId={me.id} />
        {thread.isSuccess && items.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="thread-empty">
            {t('channels.thread.empty')}
          </Text>
        )}
        <Timeline
          channel={channel}
          items={items}
          loading={thread.isPending}
          hasOlder={false}
          loadingOlder={false}
          onLoadOlder={() => undefined}
          members={members}
          myUserId={me.id}
        />
        {channelRights(channel).post && (
          <Composer channelId={channel.id} members={members} parentId={root.id} />
        )}
      </Stack>
    </Drawer>
  );
}
