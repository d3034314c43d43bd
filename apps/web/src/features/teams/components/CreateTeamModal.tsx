import { createTeamRequestSchema, defaultTeamName, type TeamKind, type UnitDto } from '@cdt/domain';
import { Button, Checkbox, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useTextField } from '../../../lib/form/use-text-field';
import { useZodForm } from '../../../lib/form/use-zod-form';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useCreateTeam } from '../hooks/use-team-mutations';
import { createTeamWithDecisionFormSchema } from '../lib/form-schemas';
import { todayInVietnam } from '../lib/format';

interface CreateTeamModalProps {
  unit: UnitDto;
  kind: TeamKind;
  opened: boolean;
  onClose: () => void;
}

/** Proposes the unit's team (optionally with its signed decision), then opens the new team's page. */
export function CreateTeamModal({ unit, kind, opened, onClose }: CreateTeamModalProps) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const create = useCreateTeam();
  const [withDecision, setWithDecision] = useState(false);
  const form = useZodForm({
    schema: withDecision ? createTeamWithDecisionFormSchema : createTeamRequestSchema,
    initialValues: { name: '', note: '', number: '', signedOn: todayInVietnam(), signerName: '' },
    toInput: (values) => ({
      unitId: unit.id,
      kind,
      name: values.name.trim() || undefined,
      note: values.note.trim() || undefined,
      ...(withDecision
        ? { number: values.number, signedOn: values.signedOn, signerName: values.signerName }
        : {}),
    }),
  });
  const field = useTextField(form);

  const close = () => {
    form.reset();
    create.reset();
    setWithDecision(false);
    onClose();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const request = form.validate();
    if (!request) return;
    create.mutate(request, {
      onSuccess: (team) => {
        notifications.show({ color: 'green', message: t('teams.created') });
        close();
        void navigate(`/teams/${team.id}`);
      },
      onError: (error) => form.applyServerError(error),
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('teams.createTitle', { kind: t(`teamKinds.${kind}`).toLocaleLowerCase('vi') })}
      fullScreen={isMobile}
      size="md"
    >
      <form onSubmit={onSubmit} noValidate data-testid="create-team-form">
        <Stack gap="md">
          {create.error && <ErrorAlert error={create.error} />}
          <TextInput
            {...field('name')}
            label={t('teams.teamName')}
            description={t('teams.teamNameHint')}
            placeholder={defaultTeamName(unit.name)}
            data-testid="create-team-name"
          />
          <Checkbox
            size="md"
            label={t('teams.withDecision')}
            checked={withDecision}
            onChange={(event) => setWithDecision(event.currentTarget.checked)}
            data-testid="create-team-with-decision"
          />
          {withDecision && (
            <>
              <TextInput
                {...field('number')}
                label={t('teams.decisionNumber')}
                placeholder={t('teams.decisionNumberPlaceholder')}
              />
              <TextInput {...field('signedOn')} type="date" label={t('teams.signedOn')} />
              <TextInput
                {...field('signerName')}
                label={t('teams.signerName')}
                description={t('teams.signerHint')}
              />
            </>
          )}
          <Textarea
            {...field('note')}
            label={t('teams.note')}
            description={t('teams.noteHint')}
            autosize
            minRows={2}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" size="md" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" size="md" loading={create.isPending} data-testid="create-team-submit">
              {t('teams.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
