import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatTimestamp } from '../../teams/lib/format';
import type { ReportListParams } from '../api/reports-api';
import { useReports } from '../hooks/use-reports';
import { ReportStateBadge } from './ReportStateBadge';

/** The reports filed in the unit's subtree or received by it, for one definition and period. */
export function ReportList({ params, title }: { params: ReportListParams; title: string }) {
  const { t } = useTranslation();
  const reports = useReports(params);
  return (
    <Stack gap="xs" data-testid="report-list">
      <Title order={2} size="h4">
        {title}
      </Title>
      {reports.error && <ErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />}
      {reports.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('reports.receivedEmpty')}
        </Text>
      )}
      {reports.data?.map((report) => (
        <Paper key={report.id} withBorder p="sm" radius="md" data-testid={`report-item-${report.id}`}>
          <Group justify="space-between" gap="xs">
            <div>
              <Anchor component={Link} to={`/reports/${report.id}`} fw={600}>
                {report.reporter.name}
              </Anchor>
              <Text size="xs" c="dimmed">
                {report.reporter.unit.name}
                {report.lastSubmittedAt ? ` · ${formatTimestamp(report.lastSubmittedAt)}` : ''}
                {report.onTime === null
                  ? ''
                  : ` · ${report.onTime ? t('reports.onTime') : t('reports.late')}`}
              </Text>
            </div>
            <ReportStateBadge state={report.state} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
