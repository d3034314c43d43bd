import type { TaskDetailDto, TaskMatrixRowDto } from '@cdt/domain';
import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BUCKET_COLORS, StateBadge } from './TaskBadges';

interface TaskMatrixProps {
  task: TaskDetailDto;
  rows: TaskMatrixRowDto[];
  onNudge: (teamId: string) => void;
  onReopen: (row: TaskMatrixRowDto) => void;
  onTimeline: (row: TaskMatrixRowDto) => void;
  nudging: boolean;
}

function progressText(row: TaskMatrixRowDto, label: string | undefined): string {
  if (row.targetValue !== null) return `${row.progress ?? 0}/${row.targetValue}${label ? ` ${label}` : ''}`;
  return row.progress === null ? '–' : String(row.progress);
}

/** Teams × status: one row per team, its state, its count, and what the issuer can do about it. */
export function TaskMatrix({ task, rows, onNudge, onReopen, onTimeline, nudging }: TaskMatrixProps) {
  const { t } = useTranslation();
  const canReopen = task.myPermissions.close;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="xs" data-testid="task-matrix">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tasks.page.team')}</Table.Th>
            <Table.Th>{t('tasks.page.state')}</Table.Th>
            <Table.Th>{t('tasks.page.progress')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.assignmentId}
              data-testid="matrix-row"
              data-team-name={row.team.name}
              data-state={row.state}
              data-bucket={row.bucket}
            >
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => onTimeline(row)}
                  data-testid="matrix-team"
                >
                  {row.team.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {row.parentUnit && row.team.kind === 'village' ? row.parentUnit.name : row.unit.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <StateBadge state={row.state} />
                  <Badge variant="dot" color={BUCKET_COLORS[row.bucket]} tt="none">
                    {t(`tasks.bucket.${row.bucket}`)}
                  </Badge>
                </Group>
              </Table.Td>
              <Table.Td data-testid="matrix-progress">
                {progressText(row, task.targetPerTeam?.unitLabel)}
                {row.belowTarget && (
                  <Badge ml={4} color="orange" variant="light" tt="none">
                    {t('tasks.page.belowTarget')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  {row.canNudge && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      loading={nudging}
                      onClick={() => onNudge(row.team.id)}
                      data-testid="matrix-nudge"
                    >
                      {t('tasks.page.nudge')}
                    </Button>
                  )}
                  {canReopen && (row.state === 'completed' || row.state === 'declined') && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      color="orange"
                      onClick={() => onReopen(row)}
                      data-testid="matrix-reopen"
                    >
                      {t('tasks.page.reopen')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
