import {
  ASSIGNMENT_BUCKETS,
  cancelTaskRequestSchema,
  reopenRequestSchema,
  type AssignmentBucket,
  type TaskMatrixRowDto,
} from '@cdt/domain';
import { Anchor, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { formatTimestamp } from '../../teams/lib/format';
import { useNudgeWithFeedback } from '../hooks/use-nudge-feedback';
import { useCancelTask, useReopenAssignment } from '../hooks/use-task-mutations';
import { useTask, useTaskMatrix } from '../hooks/use-tasks';
import { countBuckets, filterMatrix, matrixUnits } from '../lib/matrix-filter';
import { BucketFigures } from './BucketFigures';
import { ReasonModal } from './ReasonModal';
import { PriorityBadge, TaskStatusBadge } from './TaskBadges';
import { TaskMatrix } from './TaskMatrix';
import { TaskPageActions } from './TaskPageActions';
import { TimelineDrawer } from './TimelineDrawer';

/** /tasks/:id: the task, its figures per bucket and the live matrix of its teams. */
export function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const task = useTask(id);
  const matrix = useTaskMatrix(id, {}, task.data !== undefined && task.data.status !== 'draft');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [bucket, setBucket] = useState<AssignmentBucket | null>(null);
  const [reopening, setReopening] = useState<TaskMatrixRowDto | null>(null);
  const [timelineOf, setTimelineOf] = useState<TaskMatrixRowDto | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const nudge = useNudgeWithFeedback(id);
  const cancel = useCancelTask(id);
  const reopen = useReopenAssignment();

  if (task.isPending) return <PageLoader />;
  if (task.error) return <ErrorAlert error={task.error} onRetry={() => void task.refetch()} />;
  const detail = task.data;
  const rows = matrix.data?.rows ?? [];
  const shown = filterMatrix(rows, unitId, bucket);

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
            {t('tasks.page.dueAt', { date: formatTimestamp(detail.dueAt) })}
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
        {detail.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{detail.description}</Text>}
        {detail.links.map((link) => (
          <Anchor key={link.url} href={link.url} target="_blank" rel="noreferrer">
            {link.title}
          </Anchor>
        ))}
        {detail.cancelReason && (
          <Text c="red">{t('tasks.page.cancelledBecause', { reason: detail.cancelReason })}</Text>
        )}
      </Stack>
      <TaskPageActions
        task={detail}
        onCancel={() => setCancelling(true)}
        onNudgeAll={() => nudge.send()}
        nudging={nudge.pending}
      />
      <BucketFigures counts={matrix.data ? countBuckets(rows) : detail.countsByBucket} />
      {detail.status !== 'draft' && (
        <Paper withBorder radius="md" p="sm">
          <Stack gap="sm">
            <Title order={4}>{t('tasks.page.matrix')}</Title>
            <Group grow wrap="wrap">
              <Select
                size="md"
                miw={180}
                clearable
                placeholder={t('tasks.page.allUnits')}
                aria-label={t('tasks.page.filterUnit')}
                data={matrixUnits(rows).map((unit) => ({ value: unit.id, label: unit.name }))}
                value={unitId}
                onChange={setUnitId}
                comboboxProps={{ withinPortal: true }}
                data-testid="matrix-filter-unit"
              />
              <Select
                size="md"
                miw={180}
                clearable
                placeholder={t('tasks.page.allBuckets')}
                aria-label={t('tasks.page.filterBucket')}
                data={ASSIGNMENT_BUCKETS.map((value) => ({ value, label: t(`tasks.bucket.${value}`) }))}
                value={bucket}
                onChange={(value) => setBucket(value)}
                comboboxProps={{ withinPortal: true }}
                data-testid="matrix-filter-bucket"
              />
            </Group>
            {matrix.isPending && <Loader />}
            {matrix.error && <ErrorAlert error={matrix.error} onRetry={() => void matrix.refetch()} />}
            {matrix.data && shown.length === 0 && <Text c="dimmed">{t('tasks.page.noRows')}</Text>}
            {shown.length > 0 && (
              <TaskMatrix
                task={detail}
                rows={shown}
                nudging={nudge.pending}
                onNudge={(teamId) => nudge.send([teamId])}
                onReopen={setReopening}
                onTimeline={setTimelineOf}
              />
            )}
          </Stack>
        </Paper>
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
