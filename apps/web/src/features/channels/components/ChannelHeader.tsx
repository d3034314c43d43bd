import type { ChannelDto } from '@cdt/domain';
import { ActionIcon, Badge, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SearchIcon } from '../../../components/icons';
import { useIsMobile } from '../../../lib/use-is-mobile';
import type { PaneView } from './ChannelPane';
import { BackIcon, PeopleIcon, PinIcon } from './channel-icons';

/** Title, kind and member count; toggles for a working group's members, search and pinned messages. */
export function ChannelHeader({
  channel,
  view,
  onView,
}: {
  channel: ChannelDto;
  view: PaneView;
  onView: (view: PaneView) => void;
}) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const toggle = (next: PaneView) => onView(view === next ? 'messages' : next);

  return (
    <Group gap="xs" wrap="nowrap" pb="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      {isMobile && (
        <ActionIcon
          component={Link}
          to="/channels"
          variant="subtle"
          size="lg"
          aria-label={t('channels.back')}
          data-testid="channel-back"
        >
          <BackIcon />
        </ActionIcon>
      )}
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Text fw={700} truncate data-testid="channel-title">
          {channel.title}
        </Text>
        <Group gap={6} wrap="nowrap">
          <Badge size="xs" variant="light" tt="none">
            {t(`channels.kind.${channel.kind}`)}
          </Badge>
          <Text size="xs" c="dimmed" truncate>
            {t('channels.members', { count: channel.memberCount })}
          </Text>
        </Group>
      </Box>
      {channel.kind === 'working_group' && (
        <ActionIcon
          variant={view === 'members' ? 'filled' : 'subtle'}
          size="lg"
          aria-label={t('channels.groups.showMembers')}
          onClick={() => toggle('members')}
          data-testid="channel-members-toggle"
        >
          <PeopleIcon />
        </ActionIcon>
      )}
      <ActionIcon
        variant={view === 'pins' ? 'filled' : 'subtle'}
        size="lg"
        aria-label={t('channels.pins.title', { count: channel.pinnedCount })}
        onClick={() => toggle('pins')}
        data-testid="channel-pins-toggle"
      >
        <PinIcon />
      </ActionIcon>
      <ActionIcon
        variant={view === 'search' ? 'filled' : 'subtle'}
        size="lg"
        aria-label={t('channels.search.open')}
        onClick={() => toggle('search')}
        data-testid="channel-search-toggle"
      >
        <SearchIcon />
      </ActionIcon>
    </Group>
  );
}
