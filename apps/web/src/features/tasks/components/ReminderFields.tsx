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
        <SwitchedNumber
          label={t('tasks.reminders.unacknowledged')}
          numberLabel={t('tasks.reminders.afterHours')}
          on={value.remindUnacknowledged}
          value={value.unacknowledgedAfterHours}
          max={720}
          onToggle={(on) => set({ remindUnacknowledged: on })}
          onValue={(hours) => set({ unacknowledgedAfterHours: hours })}
          testId="task-form-remind-unack"
          numberTestId="task-form-remind-unack-hours"
        />
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
        <SwitchedNumber
          label={t('tasks.reminders.escalate')}
          numberLabel={t('tasks.reminders.afterDays')}
          on={value.escalate}
          value={value.escalateAfterDays}
          max={60}
          onToggle={(on) => set({ escalate: on })}
          onValue={(days) => set({ escalateAfterDays: days })}
          testId="task-form-escalate"
          numberTestId="task-form-escalate-days"
        />
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

interface SwitchedNumberProps {
  label: string;
  numberLabel: string;
  on: boolean;
  value: string;
  max: number;
  onToggle: (on: boolean) => void;
  onValue: (value: string) => void;
  testId: string;
  numberTestId: string;
}

/** A rule that can be switched off, with its timing shown only while it is on. */
function SwitchedNumber(props: SwitchedNumberProps) {
  return (
    <Group align="flex-end" wrap="wrap">
      <Switch
        size="md"
        label={props.label}
        checked={props.on}
        onChange={(event) => props.onToggle(event.currentTarget.checked)}
        data-testid={props.testId}
      />
      {props.on && (
        <NumberInput
          size="md"
          w={150}
          min={1}
          max={props.max}
          allowDecimal={false}
          label={props.numberLabel}
          value={props.value}
          onChange={(value) => props.onValue(String(value))}
          data-testid={props.numberTestId}
        />
      )}
    </Group>
  );
}
