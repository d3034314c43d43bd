import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { issueToFieldError, type FieldError } from '../../../lib/form/field-error';
import { useFieldErrorText } from '../../../lib/form/use-field-error-text';

export interface NoteModalProps<Request> {
  opened: boolean;
  title: string;
  explain?: string;
  label: string;
  confirmLabel: string;
  /** Reads the typed text into the request with its schema from @cdt/domain, the same the API applies. */
  parse: (text: string) => z.ZodSafeParseResult<Request>;
  onClose: () => void;
  onConfirm: (request: Request) => Promise<unknown>;
  testId: string;
  textTestId: string;
  color?: string;
}

/** Asks for the one text a step takes (a reason, a closing note), checks it, and confirms. */
export function NoteModal<Request>(props: NoteModalProps<Request>) {
  const {
    opened,
    title,
    explain,
    label,
    confirmLabel,
    parse,
    onClose,
    onConfirm,
    testId,
    textTestId,
    color,
  } = props;
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<FieldError | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setText('');
    setFieldError(undefined);
    setFailure(null);
    onClose();
  };
  const confirm = async () => {
    const parsed = parse(text);
    if (!parsed.success) return setFieldError(issueToFieldError(parsed.error.issues[0]!));
    setBusy(true);
    try {
      await onConfirm(parsed.data);
      close();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack gap="sm" data-testid={testId}>
        {explain && <Text size="sm">{explain}</Text>}
        <Textarea
          size="md"
          autosize
          minRows={2}
          label={label}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setFieldError(undefined);
          }}
          error={errorText(fieldError)}
          data-testid={textTestId}
          data-autofocus
        />
        {failure !== null && <ErrorAlert error={failure} />}
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            size="md"
            color={color}
            loading={busy}
            onClick={() => void confirm()}
            data-testid={`${testId}-confirm`}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
