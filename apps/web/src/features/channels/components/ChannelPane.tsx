import { canPostAs, channelTimeline, type ChannelDto, type MessageDto } from '@cdt/domain';
import { Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { useChannel, useChannelMembers } from '../hooks/use-channels';
import { useChannelLive, useMarkRead } from '../hooks/use-channel-live';
import { useChannelMessages } from '../hooks/use-channel-messages';
import { useOutbox } from '../hooks/use-outbox';
import { ChannelHeader } from './ChannelHeader';
import classes from './Channels.module.css';
import { Composer } from './Composer';
import { GroupMembersPanel } from './GroupMembersPanel';
import { PinnedList } from './PinnedList';
import { ReadOnlyComposer } from './ReadOnlyComposer';
import { SearchPanel } from './SearchPanel';
import { ThreadDrawer } from './ThreadDrawer';
import { Timeline } from './Timeline';

export type PaneView = 'messages' | 'search' | 'pins' | 'members';

/** What the viewer may do in a channel, from their role (the server checks again). */
export function channelRights(channel: ChannelDto) {
  const active = channel.myRole !== null && channel.status === 'active';
  return { post: active && canPostAs(channel.myRole ?? 'reader'), active };
}

export function ChannelPane({ channelId }: { channelId: string }) {
  const channel = useChannel(channelId);
  const members = useChannelMembers(channelId);
  const history = useChannelMessages(channelId);
  const outbox = useOutbox();
  const me = useCurrentUser();
  const [view, setView] = useState<PaneView>('messages');
  const [threadRoot, setThreadRoot] = useState<MessageDto | null>(null);

  const messages = history.data?.messages ?? [];
  useChannelLive(channelId, history.isSuccess);
  const newestSeq = messages[messages.length - 1]?.seq ?? 0;
  useMarkRead(channelId, newestSeq, channel.data?.myRole != null);

  if (channel.isError) return <ErrorAlert error={channel.error} onRetry={() => void channel.refetch()} />;
  if (channel.isPending) return <Loader m="lg" />;
  const rights = channelRights(channel.data);
  const roots = messages.filter((m) => m.parentId === null);
  const timeline = channelTimeline(
    channelId,
    roots,
    outbox.filter((e) => e.parentId === null),
  );
  const memberList = members.data ?? [];

  return (
    <Stack gap={0} className={classes.pane} data-testid="channel-pane" data-channel-id={channelId}>
      <ChannelHeader channel={channel.data} view={view} onView={setView} />
      {view === 'search' && <SearchPanel channelId={channelId} />}
      {view === 'pins' && <PinnedList channelId={channelId} />}
      {view === 'members' && <GroupMembersPanel channel={channel.data} />}
      {view === 'messages' &&
        (history.isError ? (
          <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
        ) : (
          <Timeline
            channel={channel.data}
            items={timeline}
            loading={history.isPending}
            hasOlder={history.hasOlder}
            loadingOlder={history.loadingOlder}
            onLoadOlder={() => void history.loadOlder()}
            members={memberList}
            myUserId={me.id}
            onOpenThread={setThreadRoot}
          />
        ))}
      {rights.post ? (
        <Composer channelId={channelId} members={memberList} parentId={null} />
      ) : (
        <ReadOnlyComposer left={channel.data.myRole === null} />
      )}
      {threadRoot && (
        <ThreadDrawer
          channel={channel.data}
          root={messages.find((m) => m.id === threadRoot.id) ?? threadRoot}
          members={memberList}
          onClose={() => setThreadRoot(null)}
        />
      )}
    </Stack>
  );
}
