import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../teams/lib/format';

/** The "live" badge and where the figures come from: counted now (filtered) or the rollups as of an instant. */
export function LiveSource({ source, asOf }: { source: 'live' | 'rollup'; asOf: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge variant="light" color="green" tt="none" data-testid="dashboard-live">
        {t('dashboard.live')}
      </Badge>
      <Text size="xs" c="dimmed" data-testid="dashboard-as-of">
        {source === 'live'
          ? t('dashboard.liveSource')
          : asOf
            ? t('dashboard.asOf', { time: formatTimestamp(asOf) })
            : ''}
      </Text>
    </>
  );
}
