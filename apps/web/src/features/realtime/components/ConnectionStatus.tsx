import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConnectionState, type ConnectionState } from '../hooks/connection-state';

const COLORS: Record<ConnectionState, string> = {
  connecting: 'gray',
  online: 'green',
  reconnecting: 'yellow',
  offline: 'red',
};

/** Always visible in the header: users on weak networks need to know whether what they see is live. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const state = useConnectionState();
  return (
    <Badge
      variant="dot"
      color={COLORS[state]}
      size="lg"
      tt="none"
      fw={500}
      role="status"
      aria-live="polite"
      data-testid="connection-state"
      data-state={state}
    >
      {t(`connection.${state}`)}
    </Badge>
  );
}
