import { completeRequestSchema, progressRequestSchema, type AssignmentActionCommand } from '@cdt/domain';
import { Button, Modal, NumberInput, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueToFieldError, type FieldError } from '../../../lib/form/field-error';
import { useFieldErrorText } from '../../../lib/form/use-field-error-text';

interface ProgressModalProps {
  kind: 'progress' | 'complete';
  /** The count so far, to start from. */
  progress: number | null;
  unitLabel: string | null;
  onClose: () => void;
  onSubmit: (command: AssignmentActionCommand) => void;
}

/** The count reached so far (a running total) and a note; completing may carry the final count. */
export function ProgressModal({ kind, progress, unitLabel, onClose, onSubmit }: ProgressModalProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const [value, setValue] = useState<string>(progress === null ? '' : String(progress));
  const [note, setNote] = useState('');
  const [error, setError] = useState<FieldError | undefined>();

  const submit = () => {
    const input = { value: value === '' ? undefined : Number(value), note: note.trim() || undefined };
    const schema = kind === 'progress' ? progressRequestSchema : completeRequestSchema;
    const parsed = schema.safeParse(input);
    if (!parsed.success) return setError(issueToFieldError(parsed.error.issues[0]!));
    onSubmit({ type: kind, ...parsed.data });
    onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(kind === 'progress' ? 'tasks.inbox.progressTitle' : 'tasks.inbox.completeTitle')}
      centered
    >
      <Stack gap="sm" data-testid={`${kind}-modal`}>
        <NumberInput
          size="lg"
          min={0}
          allowDecimal={false}
          inputMode="numeric"
          label={
            unitLabel
              ? t('tasks.inbox.progressValue', { label: unitLabel })
              : t('tasks.inbox.progressValuePlain')
          }
          value={value}
          onChange={(next) => {
            setValue(String(next));
            setError(undefined);
          }}
          error={errorText(error)}
          data-testid={`${kind}-value`}
          data-autofocus
        />
        <Textarea
          size="md"
          autosize
          minRows={2}
          label={t('tasks.inbox.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          data-testid={`${kind}-note`}
        />
        <Button size="lg" fullWidth onClick={submit} data-testid={`${kind}-submit`}>
          {t('tasks.inbox.send')}
        </Button>
      </Stack>
    </Modal>
  );
}
