import type { TaskDetailDto } from '@cdt/domain';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useEditPublishedTask } from '../hooks/use-task-mutations';
import { useTaskFormState } from '../hooks/use-task-form-state';
import { taskToForm, validatePublishedEdit, type TaskFormState } from '../lib/task-form';
import { LinksField } from './LinksField';
import { ReminderFields } from './ReminderFields';
import { TaskFields } from './TaskFields';

/** /tasks/:id/edit of a published task: only what publishing left open; the teams and category stay. */
export function PublishedTaskForm({ task }: { task: TaskDetailDto }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [original] = useState<TaskFormState>(() => taskToForm(task));
  const { state, errors, setErrors, change, showServerErrors } = useTaskFormState(() => original);
  const edit = useEditPublishedTask(task.id);

  const submit = async () => {
    edit.reset();
    const checked = validatePublishedEdit(state, original);
    if (!checked.ok) return setErrors(checked.errors);
    try {
      if (checked.patch) {
        await edit.mutateAsync(checked.patch);
        notifications.show({ color: 'green', message: t('tasks.form.changesSaved') });
      }
      await navigate(`/tasks/${task.id}`);
    } catch (error) {
      showServerErrors(error);
    }
  };

  return (
    <Stack gap="md" maw={760} data-testid="task-form" data-mode="published">
      <Title order={2}>{t('tasks.form.editPublishedTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('tasks.form.publishedHint')}
      </Text>
      <TaskFields state={state} errors={errors} onChange={change} lockedAfterPublish />
      <LinksField links={state.links} error={errors.links} onChange={(links) => change({ links })} />
      <ReminderFields
        value={state.reminders}
        error={errors.reminders}
        onChange={(reminders) => change({ reminders })}
      />
      {edit.error && <ErrorAlert error={edit.error} data-testid="task-form-error" />}
      <Group justify="flex-end" gap="sm">
        <Button size="md" variant="default" component={Link} to={`/tasks/${task.id}`}>
          {t('tasks.form.back')}
        </Button>
        <Button size="md" loading={edit.isPending} onClick={() => void submit()} data-testid="task-form-save">
          {t('tasks.form.saveChanges')}
        </Button>
      </Group>
    </Stack>
  );
}
