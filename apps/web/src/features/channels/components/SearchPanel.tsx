import { Box, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useChannel, useChannelSearch } from '../hooks/use-channels';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import classes from './Channels.module.css';
import { MessageItem } from './MessageItem';

/** Search within the channel; the server ignores case and diacritics ("hop to" finds "họp tổ"). */
export function SearchPanel({ channelId }: { channelId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const channel = useChannel(channelId);
  const [q, setQ] = useState('');
  const [term] = useDebouncedValue(q, 300);
  const results = useChannelSearch(channelId, term);

  return (
    <Box className={classes.timeline} data-testid="search-panel">
      <Stack gap="xs">
        <TextInput
          autoFocus
          value={q}
          placeholder={t('channels.search.placeholder')}
          onChange={(e) => setQ(e.currentTarget.value)}
          data-testid="search-input"
        />
        {term.trim().length < 2 && (
          <Text size="sm" c="dimmed">
            {t('channels.search.hint')}
          </Text>
        )}
        {results.isFetching && <Loader size="sm" />}
        {results.isError && <ErrorAlert error={results.error} />}
        {results.data?.items.length === 0 && (
          <Text c="dimmed" data-testid="search-empty">
            {t('channels.search.none')}
          </Text>
        )}
        <Stack gap="xs" data-testid="search-results">
          {channel.data &&
            results.data?.items.map((message) => (
              <MessageItem
                key={message.id}
                message={message}
                channel={channel.data}
                members={[]}
                myUserId={me.id}
              />
            ))}
        </Stack>
      </Stack>
    </Box>
  );
}
