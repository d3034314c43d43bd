import {
  rejectRequestSchema,
  requestStepRequestSchema,
  type MembershipRequestDto,
  type RequestAction,
} from '@cdt/domain';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFieldErrorText } from '../../../lib/form/use-field-error-text';
import { useZodForm } from '../../../lib/form/use-zod-form';
import { useRequestStep } from '../hooks/use-requests';

export interface RequestActionTarget {
  request: MembershipRequestDto;
  action: RequestAction;
}

/** Confirms one step of the chain, with a note (a reason is required to reject). */
export function RequestActionModal({
  target,
  onClose,
}: {
  target: RequestActionTarget | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  const step = useRequestStep();
  const action = target?.action ?? 'approve';
  const isReject = action === 'reject';
  const form = useZodForm({
    schema: isReject ? rejectRequestSchema : requestStepRequestSchema,
    initialValues: { note: '' },
    toInput: ({ note }) => ({ note: isReject ? note : note.trim() || undefined }),
  });

  const close = () => {
    form.reset();
    step.reset();
    onClose();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    const request = form.validate();
    if (!request) return;
    step.mutate(
      { id: target.request.id, action, note: request.note },
      {
        onSuccess: () => {
          notifications.show({
            color: isReject ? 'orange' : 'green',
            message: t(`approvals.done.${action}`),
          });
          close();
        },
      },
    );
  };

  const subject = target?.request.subject.fullName ?? '';
  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title={t('approvals.actionTitle', { action: t(`requestActions.${action}`), name: subject })}
      centered
    >
      <form onSubmit={onSubmit} noValidate data-testid="request-action-form">
        <Stack gap="md">
          {step.error && <ErrorAlert error={step.error} />}
          {target && (
            <Text size="sm">
              {t(`requestKinds.${target.request.kind}`)} · {target.request.team.name}
            </Text>
          )}
          <Textarea
            size="md"
            label={isReject ? t('approvals.rejectReason') : t('teams.note')}
            description={isReject ? t('approvals.rejectHint') : t('teams.noteHint')}
            value={form.values.note}
            onChange={(event) => form.setValue('note', event.currentTarget.value)}
            error={fieldErrorText(form.errors.note)}
            autosize
            minRows={2}
            data-testid="request-action-note"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" size="md" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              size="md"
              color={isReject ? 'red' : action === 'approve' ? 'green' : undefined}
              loading={step.isPending}
              data-testid="request-action-confirm"
            >
              {t(`requestActions.${action}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
