import { cancelTaskRequestSchema, reopenRequestSchema, type TaskMatrixRowDto } from '@cdt/domain';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { formatTimestamp } from '../../teams/lib/format';
import { useNudgeWithFeedback } from '../hooks/use-nudge-feedback';
import { useCancelTask, useCloseTask, useReopenAssignment } from '../hooks/use-task-mutations';
import { useTask } from '../hooks/use-tasks';
import { BucketFigures } from './BucketFigures';
import { CloseTaskModal } from './CloseTaskModal';
import { ReasonModal } from './ReasonModal';
import { ReminderSummary } from './ReminderSummary';
import { PriorityBadge, TaskStatusBadge } from './TaskBadges';
import { TaskMatrixPanel } from './TaskMatrixPanel';
import { TaskPageActions } from './TaskPageActions';
import { TimelineDrawer } from './TimelineDrawer';

/** /tasks/:id: the task, its figures per bucket and the live matrix of its teams. */
export function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const task = useTask(id);
  const [reopening, setReopening] = useState<TaskMatrixRowDto | null>(null);
  const [timelineOf, setTimelineOf] = useState<TaskMatrixRowDto | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [closing, setClosing] = useState(false);
  const nudge = useNudgeWithFeedback(id);
  const cancel = useCancelTask(id);
  const close = useCloseTask(id);
  const reopen = useReopenAssignment();

  if (task.isPending) return <PageLoader />;
  if (task.error) return <ErrorAlert error={task.error} onRetry={() => void task.refetch()} />;
  const detail = task.data;

  return (
    <Stack gap="md" data-testid="task-page" data-status={detail.status}>
      <Stack gap={4}>
        <Title order={2} data-testid="task-title">
          {detail.title}
        </Title>
        <Group gap="xs">
          <TaskStatusBadge status={detail.status} />
          <PriorityBadge priority={detail.priority} />
          <Text size="sm" c="dimmed">
            {t('tasks.page.issuedBy', { unit: detail.issuerUnit.name })} ·{' '}
            <span data-testid="task-due">
              {t('tasks.page.dueAt', { date: formatTimestamp(detail.dueAt) })}
            </span>
          </Text>
        </Group>
        {detail.targetPerTeam && (
          <Text size="sm">
            {t('tasks.page.perTeam', {
              value: detail.targetPerTeam.value,
              label: detail.targetPerTeam.unitLabel,
            })}
          </Text>
        )}
        {(detail.status === 'draft' || detail.status === 'published') && (
          <ReminderSummary policy={detail.reminderPolicy} />
        )}
        {detail.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{detail.description}</Text>}
        {detail.links.map((link) => (
          <Anchor key={link.url} href={link.url} target="_blank" rel="noreferrer">
            {link.title}
          </Anchor>
        ))}
        {detail.closedAt && (
          <Text c="dimmed" data-testid="task-closed-at">
            {t('tasks.page.closedAt', { date: formatTimestamp(detail.closedAt) })}
          </Text>
        )}
        {detail.closeNote && (
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="task-close-note">
            {t('tasks.page.closeNoteShown', { note: detail.closeNote })}
          </Text>
        )}
        {detail.cancelReason && (
          <Text c="red">{t('tasks.page.cancelledBecause', { reason: detail.cancelReason })}</Text>
        )}
      </Stack>
      <TaskPageActions
        task={detail}
        onCancel={() => setCancelling(true)}
        onClose={() => setClosing(true)}
        onNudgeAll={() => nudge.send()}
        nudging={nudge.pending}
      />
      {/* The whole task's figures: live-patched with the matrix rows, refetched exactly a moment later. */}
      <BucketFigures counts={detail.countsByBucket} />
      {detail.status !== 'draft' && (
        <TaskMatrixPanel
          task={detail}
          nudging={nudge.pending}
          onNudge={(teamId) => nudge.send([teamId])}
          onReopen={setReopening}
          onTimeline={setTimelineOf}
        />
      )}
      <ReasonModal
        opened={cancelling}
        title={t('tasks.page.cancelTitle')}
        label={t('tasks.page.cancelReason')}
        confirmLabel={t('tasks.page.cancelConfirm')}
        schema={cancelTaskRequestSchema}
        color="red"
        onClose={() => setCancelling(false)}
        onConfirm={(reason) => cancel.mutateAsync(reason)}
        testId="task-cancel-modal"
      />
      <CloseTaskModal
        opened={closing}
        onClose={() => setClosing(false)}
        onConfirm={(note) => close.mutateAsync(note)}
      />
      <ReasonModal
        opened={reopening !== null}
        title={t('tasks.page.reopenTitle')}
        label={t('tasks.page.reopenReason')}
        confirmLabel={t('tasks.page.reopenConfirm')}
        schema={reopenRequestSchema}
        onClose={() => setReopening(null)}
        onConfirm={(reason) => reopen.mutateAsync({ assignmentId: reopening?.assignmentId ?? '', reason })}
        testId="reopen-modal"
      />
      {timelineOf && (
        <TimelineDrawer
          assignmentId={timelineOf.assignmentId}
          teamName={timelineOf.team.name}
          onClose={() => setTimelineOf(null)}
        />
      )}
    </Stack>
  );
}
