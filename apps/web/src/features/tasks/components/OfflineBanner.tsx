import { Alert } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useQueuedActions } from '../hooks/use-action-queue';

/** Says plainly that taps are kept and will be sent, while the phone is offline or actions still wait. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const { online } = useNetwork();
  const waiting = useQueuedActions().length;
  if (online && waiting === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      data-testid="inbox-offline"
      data-online={online}
      data-waiting={waiting}
    >
      {online ? t('tasks.inbox.pending') : t('tasks.inbox.offline')}
    </Alert>
  );
}
