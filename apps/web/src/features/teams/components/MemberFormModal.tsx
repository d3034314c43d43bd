import {
  ErrorCode,
  MEMBERSHIP_ROLES,
  TEAM_SIZE,
  VILLAGE_MEMBER_TAGS,
  type AddMemberRequest,
  type MembershipRole,
  type TeamDetailDto,
  type TeamSlot,
} from '@cdt/domain';
import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFieldErrorText } from '../../../lib/form/use-field-error-text';
import { useTextField } from '../../../lib/form/use-text-field';
import { useZodForm } from '../../../lib/form/use-zod-form';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useCanManageUsers } from '../../auth/hooks/use-can-manage-users';
import { useUsers } from '../../users/hooks/use-users';
import { useAddMember, useProposeJoin } from '../hooks/use-team-mutations';
import { existingPersonFormSchema, newPersonFormSchema } from '../lib/form-schemas';
import { RoleSlotFields, slotFromForm, slotRequired } from './RoleSlotFields';

/** add: the chair adds directly; propose: the leader or deputy proposes (the chair approves later). */
export type MemberFormMode = 'add' | 'propose';

interface MemberFormModalProps {
  team: TeamDetailDto;
  mode: MemberFormMode | null;
  onClose: () => void;
}

const EMPTY = { fullName: '', phone: '', userId: '', role: 'member', slot: '', note: '' };

/** A village tag stays with a person moved to the collaborator group; commune seats do not apply there. */
function collaboratorSlot(slot: TeamSlot | null | undefined): TeamSlot | null {
  return slot && (VILLAGE_MEMBER_TAGS as readonly string[]).includes(slot) ? slot : null;
}

export function MemberFormModal({ team, mode, onClose }: MemberFormModalProps) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const fieldErrorText = useFieldErrorText();
  const canPickAccount = useCanManageUsers() && mode === 'add';
  const add = useAddMember(team.id);
  const propose = useProposeJoin(team.id);
  const mutation = mode === 'add' ? add : propose;
  const full = team.coreCount >= TEAM_SIZE[team.kind].max;
  const initial = { ...EMPTY, role: full ? 'collaborator' : 'member' };
  const [personMode, setPersonMode] = useState<'new' | 'existing'>('new');
  const isNew = personMode === 'new' || !canPickAccount;
  const form = useZodForm({
    schema: isNew ? newPersonFormSchema : existingPersonFormSchema,
    initialValues: initial,
    toInput: (values) => ({
      ...(isNew ? { fullName: values.fullName, phone: values.phone } : { userId: values.userId }),
      role: values.role,
      slot: slotFromForm(values.slot),
      note: values.note.trim() || undefined,
    }),
  });
  const [accountSearch, setAccountSearch] = useState('');
  const [accountTerm] = useDebouncedValue(accountSearch, 300);
  const accounts = useUsers(canPickAccount && !isNew ? accountTerm : '');

  const close = () => {
    form.reset();
    setPersonMode('new');
    add.reset();
    propose.reset();
    setAccountSearch('');
    onClose();
  };

  const send = (request: AddMemberRequest) => {
    const personName =
      'fullName' in request.person
        ? request.person.fullName
        : (accounts.data?.find((user) => 'userId' in request.person && user.id === request.person.userId)
            ?.fullName ?? '');
    mutation.mutate(request, {
      onSuccess: () => {
        notifications.show({
          color: 'green',
          message: t(mode === 'add' ? 'teams.added' : 'teams.proposed', { name: personName }),
        });
        close();
      },
      onError: (error) => form.applyServerError(error),
    });
  };

  const [lastRequest, setLastRequest] = useState<AddMemberRequest | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const request = form.validate();
    if (!request) return;
    if (slotRequired(team.kind, request.role) && !request.slot) {
      form.setFieldError('slot', { key: 'slotRequired' });
      return;
    }
    setLastRequest(request);
    send(request);
  };

  const asCollaborator = () => {
    if (!lastRequest) return;
    const request = {
      ...lastRequest,
      role: 'collaborator' as const,
      slot: collaboratorSlot(lastRequest.slot),
    };
    form.setValue('role', 'collaborator');
    form.setValue('slot', request.slot ?? '');
    setLastRequest(request);
    send(request);
  };

  const teamFull = isApiError(mutation.error) && mutation.error.code === ErrorCode.TeamFull;
  const field = useTextField(form);
  const chainHint =
    mode === 'propose'
      ? team.myPermissions.nominateMembers
        ? t('teams.chainLeader')
        : t('teams.chainDeputy')
      : null;

  return (
    <Modal
      opened={mode !== null}
      onClose={close}
      title={mode === 'add' ? t('teams.addMember') : t('teams.proposeMember')}
      fullScreen={isMobile}
      size="md"
    >
      <form onSubmit={onSubmit} noValidate data-testid="member-form">
        <Stack gap="md">
          {chainHint && (
            <Text size="sm" c="dimmed">
              {chainHint}
            </Text>
          )}
          {full && !teamFull && (
            <Alert color="yellow" variant="light" data-testid="member-form-full-hint">
              {t('teams.teamFullHint', { max: TEAM_SIZE[team.kind].max })}
            </Alert>
          )}
          {canPickAccount && (
            <SegmentedControl
              size="md"
              fullWidth
              aria-label={t('teams.personMode')}
              value={personMode}
              onChange={(value) => setPersonMode(value === 'existing' ? 'existing' : 'new')}
              data={[
                { value: 'new', label: t('teams.personNew') },
                { value: 'existing', label: t('teams.personExisting') },
              ]}
              data-testid="member-form-mode"
            />
          )}
          {isNew ? (
            <>
              <TextInput
                {...field('fullName')}
                label={t('teams.personName')}
                autoComplete="off"
                data-autofocus
                data-testid="member-form-name"
              />
              <TextInput
                {...field('phone')}
                type="tel"
                inputMode="tel"
                label={t('teams.personPhone')}
                description={t('teams.personPhoneHint')}
                autoComplete="off"
                data-testid="member-form-phone"
              />
            </>
          ) : (
            <Select
              size="md"
              searchable
              label={t('teams.personAccount')}
              placeholder={t('teams.personAccountPlaceholder')}
              data={(accounts.data ?? []).map((user) => ({
                value: user.id,
                label: user.phone ? `${user.fullName} · ${user.phone}` : user.fullName,
              }))}
              value={form.values.userId || null}
              onChange={(value) => form.setValue('userId', value ?? '')}
              searchValue={accountSearch}
              onSearchChange={setAccountSearch}
              filter={({ options }) => options}
              error={form.errors.userId ? t('validation.accountRequired') : undefined}
              comboboxProps={{ withinPortal: true }}
              data-testid="member-form-account"
            />
          )}
          <RoleSlotFields
            kind={team.kind}
            roles={MEMBERSHIP_ROLES}
            members={team.members}
            role={form.values.role}
            slot={form.values.slot}
            onRoleChange={(role: MembershipRole) => {
              form.setValue('role', role);
              form.setValue('slot', '');
            }}
            onSlotChange={(slot) => form.setValue('slot', slot)}
            roleError={fieldErrorText(form.errors.role)}
            slotError={fieldErrorText(form.errors.slot)}
          />
          <Textarea
            {...field('note')}
            label={t('teams.note')}
            description={t('teams.noteHint')}
            autosize
            minRows={2}
            data-testid="member-form-note"
          />
          {/* Refusals show beside the button that caused them: on a phone the top of the form is scrolled away. */}
          {teamFull ? (
            <Alert color="yellow" variant="light" role="alert" data-testid="member-form-team-full">
              <Stack gap="xs">
                <Text size="sm">{t('errors.TEAM_FULL')}</Text>
                <Button
                  size="md"
                  fullWidth
                  color="orange"
                  onClick={asCollaborator}
                  loading={mutation.isPending}
                  data-testid="member-form-as-collaborator"
                >
                  {mode === 'add' ? t('teams.addAsCollaborator') : t('teams.proposeAsCollaborator')}
                </Button>
              </Stack>
            </Alert>
          ) : (
            mutation.error && <ErrorAlert error={mutation.error} />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" size="md" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" size="md" loading={mutation.isPending} data-testid="member-form-submit">
              {mode === 'add' ? t('teams.addMember') : t('teams.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
