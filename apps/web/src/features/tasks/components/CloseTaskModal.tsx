import { closeTaskRequestSchema } from '@cdt/domain';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { issueToFieldError, type FieldError } from '../../../lib/form/field-error';
import { useFieldErrorText } from '../../../lib/form/use-field-error-text';

interface CloseTaskModalProps {
  opened: boolean;
  onClose: () => void;
  onConfirm: (note: string | undefined) => Promise<unknown>;
}

/** The issuer ends the task: teams still open stop being reminded; a closing note is optional. */
export function CloseTaskModal({ opened, onClose, onConfirm }: CloseTaskModalProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const [note, setNote] = useState('');
  const [fieldError, setFieldError] = useState<FieldError | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setNote('');
    setFieldError(undefined);
    setFailure(null);
    onClose();
  };
  const confirm = async () => {
    const parsed = closeTaskRequestSchema.safeParse({ note });
    if (!parsed.success) return setFieldError(issueToFieldError(parsed.error.issues[0]!));
    setBusy(true);
    try {
      await onConfirm(parsed.data.note || undefined);
      close();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('tasks.page.closeTitle')} centered>
      <Stack gap="sm" data-testid="task-close-modal">
        <Text size="sm">{t('tasks.page.closeExplain')}</Text>
        <Textarea
          size="md"
          autosize
          minRows={2}
          label={t('tasks.page.closeNote')}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            setFieldError(undefined);
          }}
          error={errorText(fieldError)}
          data-testid="task-close-modal-note"
          data-autofocus
        />
        {failure !== null && <ErrorAlert error={failure} />}
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            size="md"
            loading={busy}
            onClick={() => void confirm()}
            data-testid="task-close-modal-confirm"
          >
            {t('tasks.page.closeConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
