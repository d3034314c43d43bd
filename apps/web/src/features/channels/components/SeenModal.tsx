import type { MessageDto, SeenByDto, SeenSummaryDto } from '@cdt/domain';
import { Group, List, Loader, Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useSeen } from '../hooks/use-channels';

function isSummary(seen: SeenByDto | SeenSummaryDto): seen is SeenSummaryDto {
  return 'units' in seen;
}

/** Who has seen a message; announcements show it summed per unit below. Refreshed live by 'channel:read'. */
export function SeenModal({ message, onClose }: { message: MessageDto; onClose: () => void }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const seen = useSeen(message.id, true);

  return (
    <Modal opened onClose={onClose} title={t('channels.seen.title')} fullScreen={isMobile}>
      {seen.isPending && <Loader />}
      {seen.isError && <ErrorAlert error={seen.error} />}
      {seen.data && isSummary(seen.data) && (
        <Stack gap="sm" data-testid="seen-summary">
          <Text data-testid="seen-count">
            {t('channels.seen.count', { seen: seen.data.seen, audience: seen.data.audience })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('channels.seen.units', { seen: seen.data.unitsSeen, total: seen.data.unitsTotal })}
          </Text>
          {seen.data.units.map((row) => (
            <Stack key={row.unit.id} gap={2} data-testid={`seen-unit-${row.unit.id}`}>
              <Group justify="space-between">
                <Text size="sm">{row.unit.name}</Text>
                <Text size="sm">{t('channels.seen.unitRow', { seen: row.seen, members: row.members })}</Text>
              </Group>
              <Progress value={row.members === 0 ? 0 : (100 * row.seen) / row.members} size="sm" />
            </Stack>
          ))}
        </Stack>
      )}
      {seen.data && !isSummary(seen.data) && (
        <Stack gap="sm" data-testid="seen-by">
          <Text data-testid="seen-count">
            {t('channels.seen.count', { seen: seen.data.seenBy.length, audience: seen.data.audience })}
          </Text>
          {seen.data.seenBy.length === 0 ? (
            <Text c="dimmed">{t('channels.seen.nobody')}</Text>
          ) : (
            <List>
              {seen.data.seenBy.map((person) => (
                <List.Item key={person.id}>{person.fullName}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </Modal>
  );
}
