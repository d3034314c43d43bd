import { applyToJoinRequestSchema, SELF_APPLY_ROLES, type TeamDetailDto } from '@cdt/domain';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFieldErrorText } from '../../../lib/form/use-field-error-text';
import { useZodForm } from '../../../lib/form/use-zod-form';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useApplyToJoin } from '../hooks/use-team-mutations';
import { RoleSlotFields, slotFromForm, slotRequired } from './RoleSlotFields';

/** The caller applies to join as a member or collaborator; the leader nominates, the commune chair approves. */
export function ApplyModal({
  team,
  opened,
  onClose,
}: {
  team: TeamDetailDto;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const fieldErrorText = useFieldErrorText();
  const apply = useApplyToJoin(team.id);
  const form = useZodForm({
    schema: applyToJoinRequestSchema,
    initialValues: { role: 'member', slot: '', note: '' },
    toInput: (values) => ({
      role: values.role,
      slot: slotFromForm(values.slot),
      note: values.note.trim() || undefined,
    }),
  });

  const close = () => {
    form.reset();
    apply.reset();
    onClose();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const request = form.validate();
    if (!request) return;
    if (slotRequired(team.kind, request.role) && !request.slot) {
      form.setFieldError('slot', { key: 'slotRequired' });
      return;
    }
    apply.mutate(request, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('teams.applied') });
        close();
      },
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('teams.applyToJoin')} fullScreen={isMobile} size="md">
      <form onSubmit={onSubmit} noValidate data-testid="apply-form">
        <Stack gap="md">
          {apply.error && <ErrorAlert error={apply.error} />}
          <Text size="sm" c="dimmed">
            {t('teams.chainSelf')}
          </Text>
          <RoleSlotFields
            kind={team.kind}
            roles={SELF_APPLY_ROLES}
            members={team.members}
            role={form.values.role}
            slot={form.values.slot}
            onRoleChange={(role) => {
              form.setValue('role', role);
              form.setValue('slot', '');
            }}
            onSlotChange={(slot) => form.setValue('slot', slot)}
            roleError={fieldErrorText(form.errors.role)}
            slotError={fieldErrorText(form.errors.slot)}
          />
          <Textarea
            size="md"
            label={t('teams.note')}
            description={t('teams.noteHint')}
            value={form.values.note}
            onChange={(event) => form.setValue('note', event.currentTarget.value)}
            error={fieldErrorText(form.errors.note)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" size="md" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" size="md" loading={apply.isPending} data-testid="apply-submit">
              {t('teams.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
