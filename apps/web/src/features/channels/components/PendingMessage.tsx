import { discardOutboxEntry, retryOutboxEntry, type OutboxEntry } from '@cdt/domain';
import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { useErrorText } from '../../../lib/use-error-text';
import { useOutboxStore } from '../hooks/use-outbox';
import classes from './Channels.module.css';

const LABEL = { pending: 'waiting', sending: 'sending', failed: 'failed' } as const;

/** A message still in the outbox: shown where it will land, marked as not yet stored. */
export function PendingMessage({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const store = useOutboxStore();
  const id = entry.clientMessageId;

  return (
    <Paper
      p="xs"
      radius="md"
      ml="xl"
      className={`${classes.mine} ${classes.pending}`}
      data-testid="pending-message"
      data-state={entry.state}
      data-client-id={id}
    >
      <Text size="sm" className={classes.text}>
        {entry.poll ? entry.poll.question : entry.text}
      </Text>
      <Group gap="xs" justify="flex-end">
        <Text size="xs" c={entry.state === 'failed' ? 'red' : 'dimmed'}>
          {t(`channels.pending.${LABEL[entry.state]}`)}
          {entry.state === 'failed' && entry.error ? ` – ${errorText(new ApiError(0, entry.error, ''))}` : ''}
        </Text>
        {entry.state === 'failed' && (
          <>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => store.update((o) => retryOutboxEntry(o, id))}
            >
              {t('channels.pending.retry')}
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              onClick={() => store.update((o) => discardOutboxEntry(o, id))}
            >
              {t('channels.pending.discard')}
            </Button>
          </>
        )}
      </Group>
    </Paper>
  );
}
