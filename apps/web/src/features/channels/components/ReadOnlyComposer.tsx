import { Box, Button, Group, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Where the composer stands when the viewer may not post: disabled, with the reason. A former member (myRole
 * null) keeps the history up to the moment they left.
 */
export function ReadOnlyComposer({ left }: { left: boolean }) {
  const { t } = useTranslation();
  const note = left ? t('channels.composer.left') : t('channels.readOnly');
  return (
    <Box
      pt="xs"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      data-testid="channel-read-only"
      data-left={left}
    >
      <Text size="sm" c="dimmed" mb={4} data-testid="channel-read-only-note">
        {note}
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <Textarea
          style={{ flex: 1 }}
          minRows={1}
          disabled
          aria-label={note}
          data-testid="composer-disabled"
        />
        <Button disabled>{t('channels.composer.send')}</Button>
      </Group>
    </Box>
  );
}
