import type { ChannelContactDto } from '@cdt/domain';
import { Group, Pill, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The people picked so far, each removable with one tap. */
export function PickedPeople({
  people,
  onUnpick,
}: {
  people: readonly ChannelContactDto[];
  onUnpick: (userId: string) => void;
}) {
  const { t } = useTranslation();
  if (people.length === 0) return null;
  return (
    <Stack gap={4} data-testid="people-picked">
      <Text size="xs" c="dimmed">
        {t('channels.groups.selected', { count: people.length })}
      </Text>
      <Group gap={6}>
        {people.map((p) => (
          <Pill
            key={p.person.id}
            size="md"
            withRemoveButton
            onRemove={() => onUnpick(p.person.id)}
            removeButtonProps={{
              'aria-label': t('channels.groups.unpick', { name: p.person.fullName }),
            }}
            data-testid={`people-picked-${p.username}`}
          >
            {p.person.fullName}
          </Pill>
        ))}
      </Group>
    </Stack>
  );
}
