import { NOT_REPORTED_STATUS_LABELS, type CompletenessFigures } from '@cdt/domain';
import { Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButtons } from '../../dashboard/components/ExportButtons';
import { formatRate, localized } from '../../dashboard/lib/format';
import { formatTimestamp } from '../../teams/lib/format';
import { fetchCompletenessExport, type CompletenessParams } from '../api/reports-api';
import { useCompleteness } from '../hooks/use-reports';

const FIGURES = ['expected', 'submitted', 'onTime', 'returned'] as const;

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="xs" radius="md">
      <Text size="lg" fw={700} data-testid={testId}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Paper>
  );
}

function Rates({ figures }: { figures: CompletenessFigures }) {
  return (
    <>
      <Table.Td ta="right">
        {figures.submitted} / {figures.expected}
      </Table.Td>
      <Table.Td ta="right">{formatRate(figures.completenessRate)}</Table.Td>
      <Table.Td ta="right">{formatRate(figures.timelinessRate)}</Table.Td>
    </>
  );
}

/** Completeness and timeliness the way DHIS2 shows them, and who has not reported yet. */
export function CompletenessPanel({ params }: { params: CompletenessParams }) {
  const { t, i18n } = useTranslation();
  const completeness = useCompleteness(params);
  if (completeness.error)
    return <ErrorAlert error={completeness.error} onRetry={() => void completeness.refetch()} />;
  if (!completeness.data) return <Loader size="sm" />;
  const data = completeness.data;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="completeness-panel">
      <Stack gap="sm">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'space-between' }}>
          <Title order={2} size="h4">
            {t('reports.completeness')}
          </Title>
          <ExportButtons
            fetchFile={(format) => fetchCompletenessExport(params, format)}
            baseName={`tinh-hinh-bao-cao-${params.periodId}-${data.unit.code ?? data.unit.id}`}
            testIdPrefix="completeness"
          />
        </div>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="xs">
          {FIGURES.map((key) => (
            <Figure
              key={key}
              label={t(`reports.completenessView.${key}`)}
              value={String(data.figures[key])}
              testId={`completeness-${key}`}
            />
          ))}
          <Figure
            label={t('reports.completenessView.completenessRate')}
            value={formatRate(data.figures.completenessRate)}
            testId="completeness-rate"
          />
          <Figure
            label={t('reports.completenessView.timelinessRate')}
            value={formatRate(data.figures.timelinessRate)}
            testId="completeness-timeliness"
          />
        </SimpleGrid>
        {data.children.length > 0 && (
          <Table.ScrollContainer minWidth={420} type="native">
            <Table striped fz="sm" data-testid="completeness-children">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.unit')}</Table.Th>
                  <Table.Th ta="right">{t('reports.completenessView.submitted')}</Table.Th>
                  <Table.Th ta="right">{t('reports.completenessView.completenessRate')}</Table.Th>
                  <Table.Th ta="right">{t('reports.completenessView.timelinessRate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.children.map((row) => (
                  <Table.Tr key={row.unit.id}>
                    <Table.Td>{row.unit.name}</Table.Td>
                    <Rates figures={row.figures} />
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Title order={3} size="h5">
          {t('reports.completenessView.notReported')}
        </Title>
        {data.notReported.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="not-reported-none">
            {t('reports.completenessView.allReported')}
          </Text>
        ) : (
          <Stack
            component="ul"
            gap={4}
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            data-testid="not-reported-list"
          >
            {data.notReported.map((item) => (
              <Text
                component="li"
                key={item.reporterId}
                size="sm"
                data-testid={`not-reported-${item.reporterId}`}
              >
                <b>{item.name}</b> · {item.unit.name} ·{' '}
                {localized(NOT_REPORTED_STATUS_LABELS[item.status], i18n.language)}
              </Text>
            ))}
          </Stack>
        )}
        {data.nextReminderAt && (
          <Text size="xs" c="dimmed">
            {t('reports.completenessView.nextReminder', { time: formatTimestamp(data.nextReminderAt) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
