import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { ChannelList } from './ChannelList';
import { ChannelPane } from './ChannelPane';
import classes from './Channels.module.css';

/** Phones show the list or one channel (/channels/:id); wider screens show both side by side. */
export function ChannelsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const isMobile = useIsMobile();

  if (isMobile) {
    return id ? <ChannelPane key={id} channelId={id} /> : <ChannelList activeId={null} />;
  }
  return (
    <Box className={classes.split}>
      <Box className={classes.listColumn}>
        <ChannelList activeId={id ?? null} />
      </Box>
      <Box className={classes.paneColumn}>
        {id ? (
          <ChannelPane key={id} channelId={id} />
        ) : (
          <Text c="dimmed" p="lg">
            {t('channels.pickChannel')}
          </Text>
        )}
      </Box>
    </Box>
  );
}
