import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useChannels } from '../hooks/use-channels';
import { groupChannelsByUnit } from '../lib/group-channels';
import { ChannelListItem } from './ChannelListItem';
import { NewDirectModal } from './NewDirectModal';
import { NewWorkingGroupModal } from './NewWorkingGroupModal';
import classes from './Channels.module.css';

/** The channels the caller may start from the list, in the order of their buttons. */
const NEW_CHANNEL_KINDS = ['direct', 'group'] as const;
const NEW_CHANNEL_LABELS = {
  direct: 'channels.groups.newDirect',
  group: 'channels.groups.newGroup',
} as const;

/** The caller's channels grouped by unit, newest activity first, with unread badges. */
export function ChannelList({ activeId }: { activeId: string | null }) {
  const { t } = useTranslation();
  const channels = useChannels();
  const [creating, setCreating] = useState<(typeof NEW_CHANNEL_KINDS)[number] | null>(null);

  if (channels.isPending) return <Loader m="lg" />;
  if (channels.isError) return <ErrorAlert error={channels.error} onRetry={() => void channels.refetch()} />;
  const groups = groupChannelsByUnit(channels.data);

  return (
    <Stack gap="md" data-testid="channel-list">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h3">
          {t('channels.title')}
        </Title>
        <Group gap={6} wrap="nowrap">
          {NEW_CHANNEL_KINDS.map((kind) => (
            <Button
              key={kind}
              size="compact-md"
              variant="light"
              onClick={() => setCreating(kind)}
              data-testid={`channel-new-${kind}`}
            >
              {t(NEW_CHANNEL_LABELS[kind])}
            </Button>
          ))}
        </Group>
      </Group>
      <NewWorkingGroupModal opened={creating === 'group'} onClose={() => setCreating(null)} />
      <NewDirectModal opened={creating === 'direct'} onClose={() => setCreating(null)} />
      {groups.length === 0 && (
        <Text c="dimmed" data-testid="channel-list-empty">
          {t('channels.empty')}
        </Text>
      )}
      {groups.map((group) => (
        <Stack key={group.unitId ?? 'none'} gap={4} data-testid={`channel-group-${group.unitId ?? 'none'}`}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {group.unitName ?? t('channels.noUnit')}
          </Text>
          <ul className={classes.list}>
            {group.channels.map((channel) => (
              <li key={channel.id}>
                <ChannelListItem channel={channel} active={channel.id === activeId} />
              </li>
            ))}
          </ul>
        </Stack>
      ))}
    </Stack>
  );
}
