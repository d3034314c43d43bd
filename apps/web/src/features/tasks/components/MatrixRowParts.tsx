import type { TaskDetailDto, TaskMatrixRowDto } from '@cdt/domain';
import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BUCKET_COLORS, StateBadge } from './TaskBadges';

/** What the issuer can do about a row; the table and the phone cards share it. */
export interface MatrixRowHandlers {
  onNudge: (teamId: string) => void;
  onReopen: (row: TaskMatrixRowDto) => void;
  onTimeline: (row: TaskMatrixRowDto) => void;
  nudging: boolean;
}

/** The attributes tests and screen readers find a row by, on a table row and a card alike. */
export function matrixRowAttributes(row: TaskMatrixRowDto) {
  return {
    'data-testid': 'matrix-row',
    'data-team-name': row.team.name,
    'data-state': row.state,
    'data-bucket': row.bucket,
  };
}

function progressText(row: TaskMatrixRowDto, label: string | undefined): string {
  if (row.targetValue !== null) return `${row.progress ?? 0}/${row.targetValue}${label ? ` ${label}` : ''}`;
  return row.progress === null ? '–' : String(row.progress);
}

/** The team's name (opens its timeline) and where it is. */
export function MatrixTeam({
  row,
  onTimeline,
}: {
  row: TaskMatrixRowDto;
  onTimeline: MatrixRowHandlers['onTimeline'];
}) {
  return (
    <>
      <Anchor component="button" type="button" onClick={() => onTimeline(row)} data-testid="matrix-team">
        {row.team.name}
      </Anchor>
      <Text size="xs" c="dimmed">
        {row.parentUnit && row.team.kind === 'village' ? row.parentUnit.name : row.unit.name}
      </Text>
    </>
  );
}

export function MatrixState({ row }: { row: TaskMatrixRowDto }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <StateBadge state={row.state} />
      <Badge variant="dot" color={BUCKET_COLORS[row.bucket]} tt="none">
        {t(`tasks.bucket.${row.bucket}`)}
      </Badge>
    </Group>
  );
}

export function MatrixProgress({ row, task }: { row: TaskMatrixRowDto; task: TaskDetailDto }) {
  const { t } = useTranslation();
  return (
    <span data-testid="matrix-progress">
      {progressText(row, task.targetPerTeam?.unitLabel)}
      {row.belowTarget && (
        <Badge ml={4} color="orange" variant="light" tt="none">
          {t('tasks.page.belowTarget')}
        </Badge>
      )}
    </span>
  );
}

export function MatrixRowActions({
  row,
  task,
  onNudge,
  onReopen,
  nudging,
}: { row: TaskMatrixRowDto; task: TaskDetailDto } & Omit<MatrixRowHandlers, 'onTimeline'>) {
  const { t } = useTranslation();
  const canReopen = task.myPermissions.close && (row.state === 'completed' || row.state === 'declined');
  return (
    <Group gap={4} justify="flex-end">
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
      {canReopen && (
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
  );
}
