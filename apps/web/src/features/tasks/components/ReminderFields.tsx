import { Chip, Fieldset, Group, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../lib/form/use-field-error-text';
import type { FieldError } from '../../../lib/form/field-error';
import { BEFORE_DUE_DAY_CHOICES, type ReminderFormState } from '../lib/task-form';

interface ReminderFieldsProps {
  value: ReminderFormState;
  error?: FieldError;
  onChange: (value: ReminderFormState) => void;
}

/** The task's reminder policy: the plan's defaults, each rule switchable and its timing editable. */
export function ReminderFields({ value, error, onChange }: ReminderFieldsProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const set = (patch: Partial<ReminderFormState>) => onChange({ ...value, ...patch });
  return (
    <Fieldset legend={t('tasks.reminders.title')} data-testid="task-form-reminders">
      <Stack gap="sm">
        <Group align="flex-end" wrap="wrap">
          <Switch
            size="md"
            label={t('tasks.reminders.unacknowledged')}
            checked={value.remindUnacknowledged}
            onChange={(event) => set({ remindUnacknowledged: event.currentTarget.checked })}
            data-testid="task-form-remind-unack"
          />
          {value.remindUnacknowledged && (
            <NumberInput
              size="md"
              w={150}
              min={1}
              max={720}
              allowDecimal={false}
              label={t('tasks.reminders.afterHours')}
              value={value.unacknowledgedAfterHours}
              onChange={(hours) => set({ unacknowledgedAfterHours: String(hours) })}
              data-testid="task-form-remind-unack-hours"
            />
          )}
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('tasks.reminders.beforeDue')}
          </Text>
          <Chip.Group multiple value={value.beforeDueDays} onChange={(days) => set({ beforeDueDays: days })}>
            <Group gap="xs" data-testid="task-form-remind-before-due">
              {BEFORE_DUE_DAY_CHOICES.map((day) => (
                <Chip key={day} value={day} size="md" data-testid={`task-form-before-due-${day}`}>
                  {t('tasks.reminders.daysBefore', { count: Number(day) })}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        <Group align="flex-end" wrap="wrap">
          <Switch
            size="md"
            label={t('tasks.reminders.escalate')}
            checked={value.escalate}
            onChange={(event) => set({ escalate: event.currentTarget.checked })}
            data-testid="task-form-escalate"
          />
          {value.escalate && (
            <NumberInput
              size="md"
              w={150}
              min={1}
              max={60}
              allowDecimal={false}
              label={t('tasks.reminders.afterDays')}
              value={value.escalateAfterDays}
              onChange={(days) => set({ escalateAfterDays: String(days) })}
              data-testid="task-form-escalate-days"
            />
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('tasks.reminders.atDue')}
        </Text>
        {error && (
          <Text size="sm" c="red" data-testid="task-form-reminders-error">
            {errorText(error)}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
