import { activateTeamRequestSchema, dissolveTeamRequestSchema, type TeamDetailDto } from '@cdt/domain';
import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useModalSubmit } from '../../../lib/form/use-modal-submit';
import { useTextField } from '../../../lib/form/use-text-field';
import { useZodForm } from '../../../lib/form/use-zod-form';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { useActivateTeam, useDissolveTeam, useEstablishTeam } from '../hooks/use-team-mutations';
import { establishFormSchema } from '../lib/form-schemas';
import { todayInVietnam } from '../lib/format';

export type TeamStatusAction = 'establish' | 'activate' | 'dissolve';

interface ModalProps {
  team: TeamDetailDto;
  opened: boolean;
  onClose: () => void;
}

interface FormShellProps {
  opened: boolean;
  title: string;
  onClose: () => void;
  onSubmit: (event: FormEvent) => void;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  danger?: boolean;
  testId: string;
  children: ReactNode;
}

function FormShell(props: FormShellProps) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} fullScreen={isMobile} size="md">
      <form onSubmit={props.onSubmit} noValidate data-testid={props.testId}>
        <Stack gap="md">
          {props.error ? <ErrorAlert error={props.error} /> : null}
          {props.children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" size="md" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              size="md"
              color={props.danger ? 'red' : undefined}
              loading={props.pending}
              data-testid={`${props.testId}-submit`}
            >
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Records (or corrects, until launch) the commune chair's establishment decision. */
export function EstablishTeamModal({ team, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const establish = useEstablishTeam(team.id);
  const isChair = me.grants.some((grant) => grant.role === 'commune_chair');
  const form = useZodForm({
    schema: establishFormSchema,
    initialValues: {
      number: team.decision?.number ?? '',
      signedOn: team.decision?.signedOn ?? todayInVietnam(),
      signerName: team.decision?.signerName ?? (isChair ? me.fullName : ''),
      note: '',
    },
    toInput: (values) => ({ ...values, note: values.note.trim() || undefined }),
  });
  const field = useTextField(form);
  const { close, onSubmit } = useModalSubmit({
    form,
    mutation: establish,
    onClose,
    successMessage: t('teams.established'),
  });
  return (
    <FormShell
      opened={opened}
      title={t('teams.establish')}
      onClose={close}
      onSubmit={onSubmit}
      error={establish.error}
      pending={establish.isPending}
      submitLabel={t('teams.confirm')}
      testId="establish-form"
    >
      <TextInput
        {...field('number')}
        label={t('teams.decisionNumber')}
        placeholder={t('teams.decisionNumberPlaceholder')}
        data-testid="establish-number"
      />
      <TextInput
        {...field('signedOn')}
        type="date"
        label={t('teams.signedOn')}
        data-testid="establish-date"
      />
      <TextInput
        {...field('signerName')}
        label={t('teams.signerName')}
        description={t('teams.signerHint')}
        data-testid="establish-signer"
      />
      <Textarea
        {...field('note')}
        label={t('teams.note')}
        description={t('teams.noteHint')}
        autosize
        minRows={2}
      />
    </FormShell>
  );
}

/** Launches a team whose decision is recorded. */
export function ActivateTeamModal({ team, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const activate = useActivateTeam(team.id);
  const form = useZodForm({
    schema: activateTeamRequestSchema,
    initialValues: { activatedOn: todayInVietnam(), note: '' },
    toInput: (values) => ({ ...values, note: values.note.trim() || undefined }),
  });
  const field = useTextField(form);
  const { close, onSubmit } = useModalSubmit({
    form,
    mutation: activate,
    onClose,
    successMessage: t('teams.activated'),
    // A team cannot launch before its establishment decision was signed.
    check: (request) => {
      if (!team.decision || request.activatedOn >= team.decision.signedOn) return true;
      form.setFieldError('activatedOn', { key: 'dateOrder' });
      return false;
    },
  });
  return (
    <FormShell
      opened={opened}
      title={t('teams.activate')}
      onClose={close}
      onSubmit={onSubmit}
      error={activate.error}
      pending={activate.isPending}
      submitLabel={t('teams.activate')}
      testId="activate-form"
    >
      <TextInput
        {...field('activatedOn')}
        type="date"
        label={t('teams.activatedOnLabel')}
        data-testid="activate-date"
      />
      <Textarea
        {...field('note')}
        label={t('teams.note')}
        description={t('teams.noteHint')}
        autosize
        minRows={2}
      />
    </FormShell>
  );
}

/** Dissolves a team: every membership ends and pending requests close (the API does both). */
export function DissolveTeamModal({ team, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const dissolve = useDissolveTeam(team.id);
  const form = useZodForm({
    schema: dissolveTeamRequestSchema,
    initialValues: { dissolvedOn: todayInVietnam(), reason: '', note: '' },
    toInput: (values) => ({ ...values, note: values.note.trim() || undefined }),
  });
  const field = useTextField(form);
  const { close, onSubmit } = useModalSubmit({
    form,
    mutation: dissolve,
    onClose,
    successMessage: t('teams.dissolved'),
  });
  return (
    <FormShell
      opened={opened}
      title={t('teams.dissolve')}
      onClose={close}
      onSubmit={onSubmit}
      error={dissolve.error}
      pending={dissolve.isPending}
      submitLabel={t('teams.dissolve')}
      danger
      testId="dissolve-form"
    >
      <Alert color="red" variant="light">
        {t('teams.dissolveWarning')}
      </Alert>
      <TextInput
        {...field('dissolvedOn')}
        type="date"
        label={t('teams.dissolvedOnLabel')}
        data-testid="dissolve-date"
      />
      <Textarea
        {...field('reason')}
        label={t('teams.reason')}
        autosize
        minRows={2}
        data-testid="dissolve-reason"
      />
    </FormShell>
  );
}
