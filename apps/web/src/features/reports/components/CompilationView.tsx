import type { CompilationContent, CompilationRow } from '@cdt/domain';
import { NOT_REPORTED_STATUS_LABELS } from '@cdt/domain';
import { Stack, Table, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount, formatRate, localized } from '../../dashboard/lib/format';
import { ReportSection } from './ReportSection';

function Cells({ row }: { row: CompilationRow }) {
  return (
    <>
      <Table.Td ta="right">
        {row.teamsReported} / {row.teamsExpected}
      </Table.Td>
      <Table.Td ta="right">{formatCount(row.activity.residentsGuidedTotal)}</Table.Td>
      <Table.Td ta="right">{formatCount(row.activity.trainingSessions)}</Table.Td>
      <Table.Td ta="right">{formatCount(row.activity.publicityActivities)}</Table.Td>
      <Table.Td ta="right">{formatRate(row.tasks.completionRate)}</Table.Td>
    </>
  );
}

interface CompilationViewProps {
  content: CompilationContent;
  review: { summary: string; proposals: string };
  onReviewChange: (review: { summary: string; proposals: string }) => void;
  editable: boolean;
}

/** The drafted figures per commune (read-only: they come from the teams' reports) and the official's review. */
export function CompilationView({ content, review, onReviewChange, editable }: CompilationViewProps) {
  const { t, i18n } = useTranslation();
  const communeName = new Map(content.communes.map((c) => [c.communeId, c.communeName]));
  return (
    <Stack gap="sm" data-testid="compilation-view">
      <ReportSection gap="xs" title={t('reports.compilation.title')}>
        <Table.ScrollContainer minWidth={640} type="native">
          <Table striped fz="sm" data-testid="compilation-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.compilation.commune')}</Table.Th>
                <Table.Th ta="right">{t('reports.compilation.teams')}</Table.Th>
                <Table.Th ta="right">{t('reports.compilation.residents')}</Table.Th>
                <Table.Th ta="right">{t('reports.compilation.trainingSessions')}</Table.Th>
                <Table.Th ta="right">{t('reports.compilation.publicity')}</Table.Th>
                <Table.Th ta="right">{t('reports.compilation.completion')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.communes.map((row) => (
                <Table.Tr key={row.communeId} data-testid={`compilation-row-${row.communeId}`}>
                  <Table.Td>{row.communeName}</Table.Td>
                  <Cells row={row} />
                </Table.Tr>
              ))}
              <Table.Tr fw={700} data-testid="compilation-totals">
                <Table.Td>{t('reports.compilation.total')}</Table.Td>
                <Cells row={content.totals} />
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ReportSection>
      <ReportSection gap="xs" title={t('reports.compilation.notReported')} testId="compilation-not-reported">
        {content.notReported.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reports.completenessView.allReported')}
          </Text>
        ) : (
          content.notReported.map((team) => (
            <Text key={team.teamId} size="sm">
              {team.teamName} · {communeName.get(team.communeId)} ·{' '}
              {localized(NOT_REPORTED_STATUS_LABELS[team.status], i18n.language)}
            </Text>
          ))
        )}
      </ReportSection>
      {content.initiatives.length > 0 && (
        <ReportSection gap="xs" title={t('reports.compilation.initiatives')}>
          {content.initiatives.map((item, index) => (
            <Text key={index} size="sm">
              <b>{item.title}</b> ({item.teamName}){item.description ? `: ${item.description}` : ''}
            </Text>
          ))}
        </ReportSection>
      )}
      {content.commendations.length > 0 && (
        <ReportSection gap="xs" title={t('reports.compilation.commendations')}>
          {content.commendations.map((item, index) => (
            <Text key={index} size="sm">
              <b>{item.name}</b> ({item.teamName}): {item.reason}
            </Text>
          ))}
        </ReportSection>
      )}
      <Textarea
        label={t('reports.compilation.summary')}
        value={review.summary}
        onChange={(event) => onReviewChange({ ...review, summary: event.currentTarget.value })}
        readOnly={!editable}
        autosize
        minRows={4}
        size="md"
        data-testid="compilation-summary"
      />
      <Textarea
        label={t('reports.compilation.proposals')}
        value={review.proposals}
        onChange={(event) => onReviewChange({ ...review, proposals: event.currentTarget.value })}
        readOnly={!editable}
        autosize
        minRows={3}
        size="md"
        data-testid="compilation-proposals"
      />
    </Stack>
  );
}
