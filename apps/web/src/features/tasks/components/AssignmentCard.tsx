import type { AssignmentDto } from '@cdt/domain';
import { Anchor, Badge, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTimestamp } from '../../teams/lib/format';
import { useWithQueuedActions } from '../hooks/use-action-queue';
import { AssignmentActions } from './AssignmentActions';
import { BUCKET_COLORS, PriorityBadge, StateBadge } from './TaskBadges';

/** One task for one team, shown as it will be once this phone's waiting actions are delivered. */
export function AssignmentCard({
  assignment: served,
  linked,
}: {
  assignment: AssignmentDto;
  linked: boolean;
}) {
  const { t } = useTranslation();
  const { assignment, pending } = useWithQueuedActions(served);
  const target = assignment.task.targetPerTeam;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      data-testid="assignment-card"
      data-assignment-id={assignment.id}
      data-task-title={assignment.task.title}
      data-state={assignment.state}
      data-pending={pending.length > 0}
    >
      <Stack gap="sm">
        <Stack gap={4}>
          <Text fw={700} size="lg" lh={1.3}>
            {assignment.task.title}
          </Text>
          <Text size="sm" c="dimmed">
            {assignment.team.name} · {assignment.task.issuerUnit.name}
          </Text>
          <Group gap="xs">
            <StateBadge state={assignment.state} />
            <PriorityBadge priority={assignment.task.priority} />
            <Badge variant="dot" color={BUCKET_COLORS[assignment.bucket]} tt="none">
              {t('tasks.due', { date: formatTimestamp(assignment.task.dueAt) })}
            </Badge>
            {pending.length > 0 && (
              <Badge color="yellow" variant="filled" tt="none" data-testid="assignment-pending">
                {t('tasks.inbox.pending')}
              </Badge>
            )}
          </Group>
        </Stack>
        {target ? (
          <Stack gap={4}>
            <Text size="sm" data-testid="assignment-progress-text">
              {t('tasks.inbox.target', {
                progress: assignment.progress ?? 0,
                value: target.value,
                label: target.unitLabel,
              })}
            </Text>
            <Progress
              value={Math.min(100, ((assignment.progress ?? 0) / target.value) * 100)}
              size="lg"
              radius="xl"
            />
          </Stack>
        ) : (
          assignment.progress !== null && (
            <Text size="sm" data-testid="assignment-progress-text">
              {t('tasks.inbox.reached', { progress: assignment.progress })}
            </Text>
          )
        )}
        <AssignmentActions assignment={assignment} />
        {linked && (
          <Anchor component={Link} to={`/inbox/${assignment.id}`} size="sm" data-testid="assignment-open">
            {t('tasks.inbox.open')}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
