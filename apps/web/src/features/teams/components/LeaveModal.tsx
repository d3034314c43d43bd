import {
  askToLeaveRequestSchema,
  endMembershipRequestSchema,
  proposeLeaveRequestSchema,
  type MembershipDto,
  type TeamDetailDto,
} from '@cdt/domain';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFieldErrorText } from '../../../lib/form/use-field-error-text';
import { useZodForm } from '../../../lib/form/use-zod-form';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useAskToLeave, useProposeLeave, useRemoveMember } from '../hooks/use-team-mutations';

/** ask: the member asks for themself; propose: the leader proposes it; remove: the chair ends it directly. */
export type LeaveMode = 'ask' | 'propose' | 'remove';

export interface LeaveTarget {
  mode: LeaveMode;
  membership: MembershipDto;
}

interface LeaveModalProps {
  team: TeamDetailDto;
  target: LeaveTarget | null;
  onClose: () => void;
}

/** The one text box checked by the field of the request it becomes: an optional note, or a required reason. */
const TEXT_SCHEMAS: Record<LeaveMode, z.ZodType<{ text?: string }>> = {
  ask: z.object({ text: askToLeaveRequestSchema.shape.note }),
  propose: z.object({ text: proposeLeaveRequestSchema.shape.note }),
  remove: z.object({ text: endMembershipRequestSchema.shape.reason }),
};

/** One text field: an optional note when asking, a required reason when proposing or removing. */
export function LeaveModal({ team, target, onClose }: LeaveModalProps) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const fieldErrorText = useFieldErrorText();
  const ask = useAskToLeave(team.id);
  const propose = useProposeLeave(team.id);
  const remove = useRemoveMember(team.id);
  const mode = target?.mode ?? 'ask';
  const mutation = { ask, propose, remove }[mode];
  const name = target?.membership.person.fullName ?? '';
  const form = useZodForm({
    schema: TEXT_SCHEMAS[mode],
    initialValues: { text: '' },
  });

  const close = () => {
    form.reset();
    ask.reset();
    propose.reset();
    remove.reset();
    onClose();
  };
  const done = (message: string) => () => {
    notifications.show({ color: 'green', message });
    close();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    const valid = form.validate();
    if (!valid) return;
    const text = valid.text ?? '';
    if (mode === 'ask') ask.mutate({ note: text || undefined }, { onSuccess: done(t('teams.leaveAsked')) });
    else if (mode === 'propose')
      propose.mutate(
        { personId: target.membership.person.id, note: text },
        { onSuccess: done(t('teams.leaveProposed', { name })) },
      );
    else
      remove.mutate(
        { membershipId: target.membership.id, body: { reason: text } },
        { onSuccess: done(t('teams.removed', { name })) },
      );
  };

  const title =
    mode === 'ask'
      ? t('teams.leaveTitle')
      : mode === 'propose'
        ? t('teams.proposeLeaveTitle', { name })
        : t('teams.removeTitle', { name });

  return (
    <Modal opened={target !== null} onClose={close} title={title} fullScreen={isMobile} size="md">
      <form onSubmit={onSubmit} noValidate data-testid="leave-form">
        <Stack gap="md">
          {mutation.error && <ErrorAlert error={mutation.error} />}
          {mode === 'remove' && (
            <Alert color="red" variant="light">
              {t('teams.removeWarning')}
            </Alert>
          )}
          {mode === 'ask' && (
            <Text size="sm" c="dimmed">
              {t('teams.chainSelf')}
            </Text>
          )}
          <Textarea
            size="md"
            label={mode === 'ask' ? t('teams.note') : t('teams.reason')}
            description={mode === 'ask' ? t('teams.noteHint') : undefined}
            value={form.values.text}
            onChange={(event) => form.setValue('text', event.currentTarget.value)}
            error={fieldErrorText(form.errors.text)}
            autosize
            minRows={3}
            data-autofocus
            data-testid="leave-text"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" size="md" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              size="md"
              color={mode === 'remove' ? 'red' : undefined}
              loading={mutation.isPending}
              data-testid="leave-submit"
            >
              {t('teams.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
