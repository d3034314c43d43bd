import type { TaskDetailDto } from '@cdt/domain';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { usePublishTask } from '../hooks/use-task-mutations';

interface TaskPageActionsProps {
  task: TaskDetailDto;
  onCancel: () => void;
  onClose: () => void;
  onNudgeAll: () => void;
  nudging: boolean;
}

/** The issuer's buttons, as the task's permissions allow them. */
export function TaskPageActions({ task, onCancel, onClose, onNudgeAll, nudging }: TaskPageActionsProps) {
  const { t } = useTranslation();
  const publish = usePublishTask();
  const can = task.myPermissions;
  return (
    <>
      <Group gap="xs">
        {can.publish && (
          <Button
            size="md"
            loading={publish.isPending}
            onClick={() =>
              publish.mutate(task.id, {
                onSuccess: (published) =>
                  notifications.show({
                    color: 'green',
                    message: t('tasks.form.published', { count: published.assignmentCount }),
                  }),
              })
            }
            data-testid="task-publish"
          >
            {t('tasks.page.publish')}
          </Button>
        )}
        {can.edit && (
          <Button
            size="md"
            variant="default"
            component={Link}
            to={`/tasks/${task.id}/edit`}
            data-testid="task-edit"
          >
            {t(task.status === 'draft' ? 'tasks.page.edit' : 'tasks.page.editPublished')}
          </Button>
        )}
        {can.nudge && (
          <Button
            size="md"
            variant="light"
            loading={nudging}
            onClick={onNudgeAll}
            data-testid="task-nudge-all"
          >
            {t('tasks.page.nudgeAll')}
          </Button>
        )}
        {can.close && (
          <Button size="md" variant="default" onClick={onClose} data-testid="task-close">
            {t('tasks.page.close')}
          </Button>
        )}
        {can.cancel && (
          <Button size="md" variant="subtle" color="red" onClick={onCancel} data-testid="task-cancel">
            {t('tasks.page.cancel')}
          </Button>
        )}
      </Group>
      {publish.error && <ErrorAlert error={publish.error} />}
    </>
  );
}
