import type { MessageDto } from '@cdt/domain';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMessageActions } from '../hooks/use-message-actions';

export function EditMessageForm({ message, onDone }: { message: MessageDto; onDone: () => void }) {
  const { t } = useTranslation();
  const actions = useMessageActions(message);
  const [text, setText] = useState(message.text);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      await actions.edit(text);
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap={4}>
      <Textarea
        autosize
        minRows={1}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="message-edit-text"
      />
      {error !== null && <ErrorAlert error={error} />}
      <Group gap="xs" justify="flex-end">
        <Button size="compact-sm" variant="subtle" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button
          size="compact-sm"
          loading={saving}
          disabled={text.trim() === ''}
          onClick={() => void save()}
          data-testid="message-edit-save"
        >
          {t('channels.message.save')}
        </Button>
      </Group>
    </Stack>
  );
}
