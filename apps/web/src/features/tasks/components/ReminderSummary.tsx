import type { ReminderPolicy } from '@cdt/domain';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One line telling the issuer which reminders this task sends. */
export function ReminderSummary({ policy }: { policy: ReminderPolicy }) {
  const { t } = useTranslation();
  const rules: string[] = [];
  if (policy.unacknowledgedAfterHours !== null) {
    rules.push(t('tasks.reminders.ruleUnacknowledged', { count: policy.unacknowledgedAfterHours }));
  }
  if (policy.beforeDueDays.length > 0) {
    rules.push(t('tasks.reminders.ruleBeforeDue', { days: policy.beforeDueDays.join(', ') }));
  }
  if (policy.escalateAfterDays !== null) {
    rules.push(t('tasks.reminders.ruleEscalate', { count: policy.escalateAfterDays }));
  }
  return (
    <Text size="sm" c="dimmed" data-testid="task-reminders">
      {t('tasks.reminders.summary', {
        rules: rules.length > 0 ? rules.join('; ') : t('tasks.reminders.none'),
      })}
    </Text>
  );
}
