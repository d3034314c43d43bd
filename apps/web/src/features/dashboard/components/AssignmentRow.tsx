import type { AssignmentBucket, DrillDownRowDto } from '@cdt/domain';
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTimestamp } from '../../teams/lib/format';

const BUCKET_COLORS: Record<AssignmentBucket, string> = {
  done_on_time: 'green',
  done_late: 'yellow',
  open_within_deadline: 'blue',
  open_overdue: 'red',
  declined: 'gray',
  cancelled: 'gray',
};

/** One assignment behind a figure: task, bucket and state, team and place, deadline and progress. */
export function AssignmentRow({ row }: { row: DrillDownRowDto }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid={`drill-row-${row.assignmentId}`}>
      <Stack gap={4}>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {row.task.title}
        </Text>
        <Group gap={6}>
          <Badge color={BUCKET_COLORS[row.bucket]} variant="light" tt="none" data-testid="drill-row-bucket">
            {t(`dashboard.buckets.${row.bucket}`)}
          </Badge>
          <Badge color="gray" variant="outline" tt="none">
            {t(`dashboard.states.${row.state}`)}
          </Badge>
        </Group>
        <Text size="sm">
          <Anchor component={Link} to={`/teams/${row.team.id}`} size="sm">
            {row.team.name}
          </Anchor>{' '}
          · {row.unit.name}
        </Text>
        <Text size="xs" c="dimmed">
          {t('dashboard.list.due', { date: formatTimestamp(row.task.dueAt) })}
          {row.progress !== null &&
            ` · ${t('dashboard.list.progress', {
              progress: row.targetValue ? `${row.progress}/${row.targetValue}` : String(row.progress),
            })}`}
        </Text>
      </Stack>
    </Paper>
  );
}

/** Assignment rows as a plain list (the drill-down page, a team's dashboard). */
export function AssignmentList({ rows, testId }: { rows: readonly DrillDownRowDto[]; testId: string }) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid={testId}>
      {rows.map((row) => (
        <AssignmentRow key={row.assignmentId} row={row} />
      ))}
    </Stack>
  );
}
