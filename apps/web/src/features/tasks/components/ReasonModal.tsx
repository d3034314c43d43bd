import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { issueToFieldError, type FieldError } from '../../../lib/form/field-error';
import { useFieldErrorText } from '../../../lib/form/use-field-error-text';

interface ReasonModalProps {
  opened: boolean;
  title: string;
  label: string;
  confirmLabel: string;
  /** The request's schema from @cdt/domain (`{ reason }`), the same the API applies. */
  schema: z.ZodType<{ reason: string }>;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<unknown>;
  testId: string;
  color?: string;
}

/** Asks for the reason a step needs (cancel a task, reopen or decline an assignment). */
export function ReasonModal(props: ReasonModalProps) {
  const { opened, title, label, confirmLabel, schema, onClose, onConfirm, testId, color } = props;
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<FieldError | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setReason('');
    setFieldError(undefined);
    setFailure(null);
    onClose();
  };
  const confirm = async () => {
    const parsed = schema.safeParse({ reason });
    if (!parsed.success) return setFieldError(issueToFieldError(parsed.error.issues[0]!));
    setBusy(true);
    try {
      await onConfirm(parsed.data.reason);
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
        <Textarea
          size="md"
          autosize
          minRows={2}
          label={label}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setFieldError(undefined);
          }}
          error={errorText(fieldError)}
          data-testid={`${testId}-reason`}
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
