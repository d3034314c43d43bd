import type { ChannelDto, ChannelMemberDto, MessageDto, TimelineItem } from '@cdt/domain';
import { Box, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './Channels.module.css';
import { MessageItem } from './MessageItem';
import { PendingMessage } from './PendingMessage';

interface TimelineProps {
  channel: ChannelDto;
  items: TimelineItem<MessageDto>[];
  loading: boolean;
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
  members: ChannelMemberDto[];
  myUserId: string;
  onOpenThread?: (root: MessageDto) => void;
}

const NEAR_BOTTOM_PX = 120;

/** Messages by seq, then waiting ones; sticks to the bottom unless the reader scrolled up. */
export function Timeline(props: TimelineProps) {
  const { t } = useTranslation();
  const { items, hasOlder, loadingOlder, onLoadOlder } = props;
  const box = useRef<HTMLDivElement>(null);
  const shape = useRef({ first: '', height: 0, atBottom: true });
  const firstKey = items[0] ? itemKey(items[0]) : '';

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const before = shape.current;
    if (before.first !== '' && firstKey !== before.first && !before.atBottom) {
      // Older messages came in above: keep what the reader was looking at in place.
      el.scrollTop += el.scrollHeight - before.height;
    } else if (before.atBottom) {
      el.scrollTop = el.scrollHeight;
    }
    shape.current = { first: firstKey, height: el.scrollHeight, atBottom: shape.current.atBottom };
  }, [items, firstKey]);

  const onScroll = () => {
    const el = box.current;
    if (!el) return;
    shape.current.atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    shape.current.height = el.scrollHeight;
    if (el.scrollTop === 0 && hasOlder && !loadingOlder) onLoadOlder();
  };

  return (
    <Box ref={box} className={classes.timeline} onScroll={onScroll} data-testid="message-list">
      {props.loading ? (
        <Center p="lg">
          <Loader />
        </Center>
      ) : (
        <Stack gap="xs">
          <Center>
            {hasOlder ? (
              <Button
                variant="subtle"
                size="xs"
                loading={loadingOlder}
                onClick={onLoadOlder}
                data-testid="load-older"
              >
                {t('channels.loadOlder')}
              </Button>
            ) : (
              <Text size="xs" c="dimmed" data-testid="channel-start">
                {t('channels.startOfChannel')}
              </Text>
            )}
          </Center>
          {items.map((item) =>
            item.kind === 'stored' ? (
              <MessageItem
                key={itemKey(item)}
                message={item.message}
                channel={props.channel}
                members={props.members}
                myUserId={props.myUserId}
                onOpenThread={props.onOpenThread}
              />
            ) : (
              <PendingMessage key={itemKey(item)} entry={item.entry} />
            ),
          )}
        </Stack>
      )}
    </Box>
  );
}

function itemKey(item: TimelineItem<MessageDto>): string {
  return item.kind === 'stored' ? item.message.id : `pending-${item.entry.clientMessageId}`;
}
