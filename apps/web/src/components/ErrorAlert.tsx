import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { useErrorText } from '../lib/use-error-text';

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  'data-testid'?: string;
}

export function ErrorAlert({ error, onRetry, 'data-testid': testId }: ErrorAlertProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const errorId = isApiError(error) ? error.errorId : undefined;
  return (
    <Alert color="red" variant="light" role="alert" data-testid={testId ?? 'error-alert'}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorText(error)}</Text>
        {errorId && (
          <Text size="xs" c="dimmed">
            {t('common.errorId', { id: errorId })}
          </Text>
        )}
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
