import { Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MentionSuggestion } from '../lib/mention-query';

/** Shown above the composer while an "@name" is being typed; a tap inserts the mention. */
export function MentionSuggestions({
  suggestions,
  onPick,
}: {
  suggestions: MentionSuggestion[];
  onPick: (suggestion: MentionSuggestion) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      shadow="md"
      withBorder
      p={4}
      pos="absolute"
      bottom="100%"
      left={0}
      right={0}
      style={{ zIndex: 10 }}
      data-testid="mention-suggestions"
    >
      <Stack gap={0}>
        {suggestions.map((s) => (
          <UnstyledButton
            key={s.kind === 'all' ? '@all' : s.member.person.id}
            p="xs"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(s)}
            data-testid={s.kind === 'all' ? 'mention-option-all' : `mention-option-${s.member.username}`}
          >
            {s.kind === 'all' ? (
              <Text size="sm">
                <b>@all</b> – {t('channels.composer.mentionAll')}
              </Text>
            ) : (
              <Text size="sm">
                <b>{s.member.person.fullName}</b> @{s.member.username}
              </Text>
            )}
          </UnstyledButton>
        ))}
      </Stack>
    </Paper>
  );
}
