import type { AssignmentBucket, AssignmentState, TaskPriority, TaskStatus } from '@cdt/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<TaskStatus, string> = {
  draft: 'gray',
  published: 'blue',
  cancelled: 'red',
  closed: 'dark',
};
const PRIORITY_COLORS: Record<TaskPriority, string> = {
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};
export const BUCKET_COLORS: Record<AssignmentBucket, string> = {
  done_on_time: 'green',
  done_late: 'lime',
  open_within_deadline: 'blue',
  open_overdue: 'red',
  declined: 'orange',
  cancelled: 'gray',
};
const STATE_COLORS: Record<AssignmentState, string> = {
  assigned: 'gray',
  acknowledged: 'cyan',
  in_progress: 'blue',
  completed: 'green',
  declined: 'orange',
  cancelled: 'gray',
};

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      tt="none"
      data-testid="task-status"
      data-status={status}
    >
      {t(`tasks.status.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: TaskPriority }) {
  const { t } = useTranslation();
  return (
    <Badge color={PRIORITY_COLORS[priority]} variant="outline" tt="none">
      {t(`tasks.priority.${priority}`)}
    </Badge>
  );
}

export function StateBadge({ state }: { state: AssignmentState }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATE_COLORS[state]}
      variant="filled"
      tt="none"
      size="lg"
      data-testid="assignment-state"
      data-state={state}
    >
      {t(`tasks.state.${state}`)}
    </Badge>
  );
}
