import { sendMessageSchema, type ChannelMemberDto } from '@cdt/domain';
import { ActionIcon, Box, Button, Group, Text, Textarea } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { useConnectionState } from '../../realtime/hooks/connection-state';
import { useEnqueueMessage } from '../hooks/use-outbox';
import {
  activeMention,
  insertMention,
  mentionSuggestions,
  type MentionSuggestion,
} from '../lib/mention-query';
import { newUuid } from '../lib/uuid';
import { MentionSuggestions } from './MentionSuggestions';
import { PollComposerModal } from './PollComposerModal';
import { PollIcon } from './channel-icons';

interface ComposerProps {
  channelId: string;
  members: readonly ChannelMemberDto[];
  /** Set inside a thread: the message replies to this root. */
  parentId: string | null;
}

/** Types a message into the outbox (sent right away when online); "@" suggests members and @all. */
export function Composer({ channelId, members, parentId }: ComposerProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const connection = useConnectionState();
  const enqueue = useEnqueueMessage();
  const input = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [pollOpen, setPollOpen] = useState(false);

  const mention = activeMention(text, caret);
  const suggestions = mention ? mentionSuggestions(members, mention.query, me.id) : [];
  // Checked with the server's own schema, so nothing that can never be stored waits in the outbox.
  const valid = sendMessageSchema.safeParse({
    channelId,
    clientMessageId: newUuid(),
    text,
    parentId,
  }).success;

  const send = () => {
    if (!valid) return;
    enqueue({ channelId, text, parentId, poll: null });
    setText('');
    setCaret(0);
  };

  const pick = (suggestion: MentionSuggestion) => {
    if (!mention) return;
    const next = insertMention(text, mention, suggestion);
    setText(next.text);
    setCaret(next.caret);
    requestAnimationFrame(() => {
      input.current?.focus();
      input.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    const first = suggestions[0];
    if (first) pick(first);
    else send();
  };

  return (
    <Box pt="xs" pos="relative" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      {suggestions.length > 0 && <MentionSuggestions suggestions={suggestions} onPick={pick} />}
      {connection !== 'online' && (
        <Text size="xs" c="orange.8" mb={4} data-testid="composer-offline">
          {t('channels.composer.offlineHint')}
        </Text>
      )}
      <Group gap="xs" wrap="nowrap" align="flex-end">
        {parentId === null && (
          <ActionIcon
            variant="light"
            size="lg"
            aria-label={t('channels.composer.poll')}
            onClick={() => setPollOpen(true)}
            data-testid="composer-poll"
          >
            <PollIcon />
          </ActionIcon>
        )}
        <Textarea
          ref={input}
          style={{ flex: 1 }}
          autosize
          minRows={1}
          maxRows={5}
          value={text}
          placeholder={
            parentId ? t('channels.composer.replyPlaceholder') : t('channels.composer.placeholder')
          }
          onChange={(e) => {
            setText(e.currentTarget.value);
            setCaret(e.currentTarget.selectionStart);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          data-testid={parentId ? 'thread-composer-text' : 'composer-text'}
        />
        <Button
          onClick={send}
          disabled={!valid}
          data-testid={parentId ? 'thread-composer-send' : 'composer-send'}
        >
          {t('channels.composer.send')}
        </Button>
      </Group>
      {pollOpen && <PollComposerModal channelId={channelId} onClose={() => setPollOpen(false)} />}
    </Box>
  );
}
