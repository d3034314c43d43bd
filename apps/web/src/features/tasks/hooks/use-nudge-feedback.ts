import { ErrorCode } from '@cdt/domain';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { useErrorText } from '../../../lib/use-error-text';
import { formatTimestamp } from '../../teams/lib/format';
import { useNudge } from './use-task-mutations';

function retryAtOf(error: unknown): string | null {
  if (!isApiError(error) || error.code !== ErrorCode.NudgeRateLimited) return null;
  const details = error.details as { retryAt?: unknown } | undefined;
  return typeof details?.retryAt === 'string' ? details.retryAt : null;
}

/** Nudges with the answer told plainly: how many were reminded, or when a reminder is possible again. */
export function useNudgeWithFeedback(taskId: string) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const nudge = useNudge(taskId);
  const send = (teamIds?: string[]) =>
    nudge.mutate(teamIds, {
      onSuccess: (plan) =>
        notifications.show({ color: 'green', message: t('tasks.page.nudged', { count: plan.nudge.length }) }),
      onError: (error) => {
        const retryAt = retryAtOf(error);
        notifications.show({
          color: 'orange',
          message: retryAt
            ? `${errorText(error)} ${t('tasks.page.nudgeLater', { time: formatTimestamp(retryAt) })}`
            : errorText(error),
          // The test and the user both need to see why nothing happened.
          withCloseButton: true,
        });
      },
    });
  return { send, pending: nudge.isPending };
}
