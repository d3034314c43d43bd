import { TASK_STATUSES, type TaskDto, type TaskStatus } from '@cdt/domain';
import { Button, Card, Group, Loader, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SearchIcon } from '../../../components/icons';
import { formatTimestamp } from '../../teams/lib/format';
import { useCanIssueTasks } from '../hooks/use-task-roles';
import { useTaskList } from '../hooks/use-tasks';
import { PriorityBadge, TaskStatusBadge } from './TaskBadges';

function TaskCard({ task }: { task: TaskDto }) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      component={Link}
      to={`/tasks/${task.id}`}
      data-testid="task-card"
      data-task-id={task.id}
    >
      <Stack gap={6}>
        <Text fw={600}>{task.title}</Text>
        <Group gap="xs">
          <TaskStatusBadge status={task.status} />
          <PriorityBadge priority={task.priority} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('tasks.due', { date: formatTimestamp(task.dueAt) })} ·{' '}
          {t('tasks.teamsCount', { count: task.assignmentCount })} · {task.issuerUnit.name}
        </Text>
      </Stack>
    </Card>
  );
}

/** The tasks the caller issued or oversees, newest deadline last; filters by status and title. */
export function TasksPage() {
  const { t } = useTranslation();
  const canIssue = useCanIssueTasks();
  const [status, setStatus] = useState<TaskStatus | 'all'>('all');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const tasks = useTaskList({ status: status === 'all' ? undefined : status, q: q || undefined });

  return (
    <Stack gap="md" data-testid="tasks-page">
      <Group justify="space-between">
        <Title order={2}>{t('tasks.title')}</Title>
        {canIssue && (
          <Button component={Link} to="/tasks/new" size="md" data-testid="task-new">
            {t('tasks.newTask')}
          </Button>
        )}
      </Group>
      <SegmentedControl
        fullWidth
        value={status}
        onChange={(value) => setStatus(value)}
        data={[
          { value: 'all', label: t('tasks.allStatuses') },
          ...TASK_STATUSES.map((value) => ({ value, label: t(`tasks.status.${value}`) })),
        ]}
        data-testid="task-status-filter"
      />
      <TextInput
        size="md"
        leftSection={<SearchIcon />}
        placeholder={t('tasks.search')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        data-testid="task-search"
      />
      {tasks.isPending && <Loader />}
      {tasks.error && <ErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {tasks.data?.items.length === 0 && <Text c="dimmed">{t('tasks.empty')}</Text>}
      <Stack gap="xs" data-testid="task-list">
        {tasks.data?.items.map((task) => (
          <TaskCard key={task.id} task={task} />
        ))}
      </Stack>
    </Stack>
  );
}
