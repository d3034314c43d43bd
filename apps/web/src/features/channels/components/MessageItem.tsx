import type { ChannelDto, ChannelMemberDto, MessageDto } from '@cdt/domain';
import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../lib/format-time';
import { channelRights } from './ChannelPane';
import classes from './Channels.module.css';
import { EditMessageForm } from './EditMessageForm';
import { MessageMenu } from './MessageMenu';
import { MessageText } from './MessageText';
import { PollCard } from './PollCard';
import { SystemMessageCard } from './SystemMessageCard';
import { PinIcon } from './channel-icons';

interface MessageItemProps {
  message: MessageDto;
  channel: ChannelDto;
  members: readonly ChannelMemberDto[];
  myUserId: string;
  /** Absent inside a thread (threads are one level deep). */
  onOpenThread?: (root: MessageDto) => void;
}

export function MessageItem({ message, channel, members, myUserId, onOpenThread }: MessageItemProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (message.author.kind === 'system') return <SystemMessageCard message={message} />;
  const mine = message.author.userId === myUserId;
  const rights = channelRights(channel);

  return (
    <Paper
      p="xs"
      radius="md"
      withBorder={!mine}
      ml={mine ? 'xl' : 0}
      mr={mine ? 0 : 'xl'}
      className={mine ? classes.mine : undefined}
      data-testid="message"
      data-seq={message.seq}
      data-message-id={message.id}
      data-client-id={message.clientMessageId ?? undefined}
      data-mine={mine}
      data-deleted={message.deleted}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" fw={700} truncate data-testid="message-author">
          {message.author.fullName}
        </Text>
        <Group gap={4} wrap="nowrap">
          {message.pinned && (
            <Badge size="xs" variant="light" color="grape" tt="none" data-testid="message-pinned">
              <PinIcon size={10} /> {t('channels.message.pinnedBy')}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {formatTime(message.createdAt, i18n.language)}
          </Text>
          {!message.deleted && rights.active && (
            <MessageMenu
              message={message}
              channel={channel}
              mine={mine}
              onEdit={() => setEditing(true)}
              onReply={onOpenThread ? () => onOpenThread(message) : undefined}
            />
          )}
        </Group>
      </Group>
      {message.deleted ? (
        <Text size="sm" c="dimmed" fs="italic" data-testid="message-deleted">
          {t('channels.message.deleted')}
        </Text>
      ) : editing ? (
        <EditMessageForm message={message} onDone={() => setEditing(false)} />
      ) : (
        <>
          {message.text && <MessageText text={message.text} members={members} />}
          {message.poll && <PollCard message={message} canVote={rights.active} />}
          {message.editedAt && (
            <Text size="xs" c="dimmed">
              {t('channels.message.edited')}
            </Text>
          )}
        </>
      )}
      {onOpenThread && message.replyCount > 0 && (
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={() => onOpenThread(message)}
          data-testid="message-replies"
        >
          {t('channels.message.replies', { count: message.replyCount })}
        </Button>
      )}
    </Paper>
  );
}
