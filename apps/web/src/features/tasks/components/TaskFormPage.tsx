import { Alert, Button, Group, Select, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { usePublishTask, useSaveDraft } from '../hooks/use-task-mutations';
import { useTaskFormState } from '../hooks/use-task-form-state';
import { useIssuerUnits } from '../hooks/use-task-roles';
import { useTask } from '../hooks/use-tasks';
import { emptyTaskForm, taskToForm, validateTaskForm, type TaskFormState } from '../lib/task-form';
import { LinksField } from './LinksField';
import { ReminderFields } from './ReminderFields';
import { PublishedTaskForm } from './PublishedTaskForm';
import { TargetPicker } from './TargetPicker';
import { TaskFields } from './TaskFields';

/** /tasks/new and /tasks/:id/edit: the full form for a draft, the open fields only once published. */
export function TaskFormPage() {
  const { id } = useParams();
  const task = useTask(id ?? '', id !== undefined);
  if (!id) return <TaskForm taskId={null} initial={null} />;
  if (task.isPending) return <PageLoader />;
  if (task.error) return <ErrorAlert error={task.error} onRetry={() => void task.refetch()} />;
  if (task.data.status === 'published') return <PublishedTaskForm task={task.data} />;
  return <TaskForm taskId={id} initial={taskToForm(task.data)} />;
}

function TaskForm({ taskId, initial }: { taskId: string | null; initial: TaskFormState | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const issuers = useIssuerUnits();
  const { state, errors, setErrors, change, showServerErrors } = useTaskFormState(
    () => initial ?? emptyTaskForm(issuers[0]?.id ?? null),
  );
  const [draftId, setDraftId] = useState(taskId);
  const save = useSaveDraft();
  const publish = usePublishTask();
  const failure = save.error ?? publish.error;
  const issuer = issuers.find((unit) => unit.id === state.issuerUnitId) ?? null;

  if (issuers.length === 0) return <Alert color="orange">{t('tasks.form.noIssuer')}</Alert>;

  const submit = async (andPublish: boolean) => {
    save.reset();
    publish.reset();
    const checked = validateTaskForm(state);
    if (!checked.ok) return setErrors(checked.errors);
    try {
      const saved = await save.mutateAsync({ id: draftId, body: checked.request });
      setDraftId(saved.id);
      if (!andPublish) {
        notifications.show({ color: 'green', message: t('tasks.form.saved') });
        return;
      }
      const published = await publish.mutateAsync(saved.id);
      notifications.show({
        color: 'green',
        message: t('tasks.form.published', { count: published.assignmentCount }),
      });
      await navigate(`/tasks/${published.id}`);
    } catch (error) {
      showServerErrors(error);
    }
  };

  const busy = save.isPending || publish.isPending;
  return (
    <Stack gap="md" maw={760} data-testid="task-form">
      <Title order={2}>{t(taskId ? 'tasks.form.editTitle' : 'tasks.form.title')}</Title>
      {issuers.length > 1 && (
        <Select
          size="md"
          label={t('tasks.form.issuer')}
          data={issuers.map((unit) => ({ value: unit.id, label: unit.name }))}
          value={state.issuerUnitId}
          onChange={(value) =>
            value && change({ issuerUnitId: value, target: { ...state.target, unitId: value, teamIds: [] } })
          }
          allowDeselect={false}
          disabled={taskId !== null}
          comboboxProps={{ withinPortal: true }}
          data-testid="task-form-issuer"
        />
      )}
      <TaskFields state={state} errors={errors} onChange={change} />
      <LinksField links={state.links} error={errors.links} onChange={(links) => change({ links })} />
      <ReminderFields
        value={state.reminders}
        error={errors.reminders}
        onChange={(reminders) => change({ reminders })}
      />
      {issuer && (
        <TargetPicker
          key={issuer.id}
          issuer={issuer}
          value={state.target}
          error={errors.target}
          onChange={(target) => change({ target })}
        />
      )}
      {failure && <ErrorAlert error={failure} data-testid="task-form-error" />}
      <Group justify="flex-end" gap="sm">
        <Button
          size="md"
          variant="default"
          loading={save.isPending && !publish.isPending}
          disabled={busy}
          onClick={() => void submit(false)}
          data-testid="task-form-save"
        >
          {t('tasks.form.saveDraft')}
        </Button>
        <Button size="md" loading={busy} onClick={() => void submit(true)} data-testid="task-form-publish">
          {t('tasks.form.publish')}
        </Button>
      </Group>
    </Stack>
  );
}
