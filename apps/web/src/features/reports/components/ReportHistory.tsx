import type { ReportHistoryEntryDto } from '@cdt/domain';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../teams/lib/format';

export function ReportHistory({ history }: { history: ReportHistoryEntryDto[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return null;
  return (
    <Stack gap={4} data-testid="report-history">
      <Title order={3} size="h5">
        {t('reports.history')}
      </Title>
      {history.map((entry, index) => (
        <Text key={index} size="sm">
          {formatTimestamp(entry.at)} ·{' '}
          {t(`reports.historyActions.${entry.action}`, { name: entry.actorName })}
          {entry.note ? `: ${entry.note}` : ''}
        </Text>
      ))}
    </Stack>
  );
}
