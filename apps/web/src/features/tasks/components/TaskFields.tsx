import { TASK_CATEGORIES, TASK_PRIORITIES } from '@cdt/domain';
import { Checkbox, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../lib/form/use-field-error-text';
import type { TaskFormErrors, TaskFormState } from '../lib/task-form';

interface TaskFieldsProps {
  state: TaskFormState;
  errors: TaskFormErrors;
  onChange: (patch: Partial<TaskFormState>) => void;
  /** Published tasks keep their category and per-team target. */
  lockedAfterPublish?: boolean;
}

/** Title, description, category, priority, deadline and the optional count each team should reach. */
export function TaskFields({ state, errors, onChange, lockedAfterPublish = false }: TaskFieldsProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  return (
    <Stack gap="sm">
      <TextInput
        size="md"
        label={t('tasks.form.name')}
        value={state.title}
        onChange={(event) => onChange({ title: event.currentTarget.value })}
        error={errorText(errors.title)}
        data-testid="task-form-title"
      />
      <Textarea
        size="md"
        autosize
        minRows={3}
        label={t('tasks.form.description')}
        value={state.description}
        onChange={(event) => onChange({ description: event.currentTarget.value })}
        error={errorText(errors.description)}
        data-testid="task-form-description"
      />
      <Group grow align="flex-start" wrap="wrap">
        <Select
          size="md"
          miw={220}
          label={t('tasks.form.category')}
          data={TASK_CATEGORIES.map((value) => ({ value, label: t(`tasks.category.${value}`) }))}
          value={state.category}
          onChange={(value) => value && onChange({ category: value })}
          allowDeselect={false}
          disabled={lockedAfterPublish}
          comboboxProps={{ withinPortal: true }}
          data-testid="task-form-category"
        />
        <Select
          size="md"
          miw={160}
          label={t('tasks.form.priority')}
          data={TASK_PRIORITIES.map((value) => ({ value, label: t(`tasks.priority.${value}`) }))}
          value={state.priority}
          onChange={(value) => value && onChange({ priority: value })}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="task-form-priority"
        />
      </Group>
      <TextInput
        size="md"
        type="date"
        label={t('tasks.form.dueDate')}
        value={state.dueDate}
        onChange={(event) => onChange({ dueDate: event.currentTarget.value })}
        error={errorText(errors.dueDate)}
        data-testid="task-form-due"
      />
      <Checkbox
        size="md"
        label={t('tasks.form.hasTarget')}
        checked={state.hasTarget}
        onChange={(event) => onChange({ hasTarget: event.currentTarget.checked })}
        disabled={lockedAfterPublish}
        data-testid="task-form-has-target"
      />
      {state.hasTarget && (
        <Group grow align="flex-start">
          <NumberInput
            size="md"
            min={1}
            allowDecimal={false}
            label={t('tasks.form.targetValue')}
            value={state.targetValue}
            onChange={(value) => onChange({ targetValue: String(value) })}
            error={errorText(errors.targetValue)}
            disabled={lockedAfterPublish}
            data-testid="task-form-target-value"
          />
          <TextInput
            size="md"
            label={t('tasks.form.targetLabel')}
            placeholder={t('tasks.form.targetLabelPlaceholder')}
            value={state.targetLabel}
            onChange={(event) => onChange({ targetLabel: event.currentTarget.value })}
            error={errorText(errors.targetLabel)}
            disabled={lockedAfterPublish}
            data-testid="task-form-target-label"
          />
        </Group>
      )}
    </Stack>
  );
}
