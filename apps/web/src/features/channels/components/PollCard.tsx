import type { MessageDto } from '@cdt/domain';
import { Badge, Button, Checkbox, Group, Progress, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { useMessageActions } from '../hooks/use-message-actions';
import { formatTime } from '../lib/format-time';
import { PollIcon } from './channel-icons';

/** A poll: counts for everyone, the viewer's own choice ticked; votable until its deadline. */
export function PollCard({ message, canVote }: { message: MessageDto; canVote: boolean }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const actions = useMessageActions(message);
  const poll = message.poll;
  const [choice, setChoice] = useState<string[] | null>(null);
  const [voting, setVoting] = useState(false);
  if (!poll) return null;
  // `closed` is computed by the server when the poll was read; a late vote is refused with POLL_CLOSED.
  const open = canVote && !poll.closed;
  const chosen = choice ?? poll.myOptionIds ?? [];
  const max = Math.max(1, ...poll.options.map((o) => o.votes));

  const vote = async () => {
    setVoting(true);
    try {
      await actions.vote(chosen);
      setChoice(null);
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) });
    } finally {
      setVoting(false);
    }
  };

  const toggle = (id: string) =>
    setChoice(
      poll.multiple ? (chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]) : [id],
    );

  return (
    <Stack gap={6} mt={4} data-testid="poll" data-closed={!open}>
      <Text fw={600} size="sm">
        <PollIcon size={14} /> {poll.question}
      </Text>
      <Group gap={6}>
        <Badge size="xs" variant="light" tt="none">
          {poll.multiple ? t('channels.poll.multipleShort') : t('channels.poll.single')}
        </Badge>
        <Text size="xs" c="dimmed">
          {poll.closed
            ? t('channels.poll.closed')
            : t('channels.poll.until', { date: formatTime(poll.deadline, i18n.language) })}
        </Text>
      </Group>
      {poll.options.map((option) => {
        const label = `${option.text} (${option.votes})`;
        const control = poll.multiple ? (
          <Checkbox
            label={label}
            checked={chosen.includes(option.id)}
            disabled={!open}
            onChange={() => toggle(option.id)}
            data-testid={`poll-option-${option.id}`}
          />
        ) : (
          <Radio
            label={label}
            checked={chosen.includes(option.id)}
            disabled={!open}
            onChange={() => toggle(option.id)}
            data-testid={`poll-option-${option.id}`}
          />
        );
        return (
          <Stack key={option.id} gap={2} data-votes={option.votes}>
            {control}
            <Progress value={(100 * option.votes) / max} size="xs" />
          </Stack>
        );
      })}
      <Group justify="space-between">
        <Text size="xs" c="dimmed" data-testid="poll-voters">
          {t('channels.poll.voters', { count: poll.voterCount })}
        </Text>
        {open && (
          <Button
            size="compact-sm"
            loading={voting}
            disabled={choice === null}
            onClick={() => void vote()}
            data-testid="poll-vote"
          >
            {t('channels.poll.vote')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
