import { CHANNEL_TITLE_MAX, createWorkingGroupSchema, type ChannelContactDto } from '@cdt/domain';
import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useCreateWorkingGroup } from '../hooks/use-working-groups';
import { PeoplePicker } from './PeoplePicker';
import { PickedPeople } from './PickedPeople';

/** Name a working group and pick its first members from the people the creator may reach. */
export function NewWorkingGroupModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const create = useCreateWorkingGroup();
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState(false);
  const [picked, setPicked] = useState<ChannelContactDto[]>([]);

  const close = () => {
    setTitle('');
    setTitleError(false);
    setPicked([]);
    create.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The API's own schema: the same title rule, before anything is sent.
    const parsed = createWorkingGroupSchema.safeParse({ title, memberIds: picked.map((p) => p.person.id) });
    if (!parsed.success) {
      setTitleError(true);
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: (channel) => {
        close();
        void navigate(`/channels/${channel.id}`);
      },
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('channels.groups.createTitle')}
      fullScreen={isMobile}
      size="md"
    >
      <form onSubmit={submit} noValidate data-testid="group-form">
        <Stack gap="md">
          <TextInput
            size="md"
            label={t('channels.groups.name')}
            placeholder={t('channels.groups.namePlaceholder')}
            value={title}
            onChange={(e) => {
              setTitle(e.currentTarget.value);
              setTitleError(false);
            }}
            error={titleError ? t('channels.groups.nameRequired', { max: CHANNEL_TITLE_MAX }) : undefined}
            autoComplete="off"
            data-autofocus
            data-testid="group-form-title"
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('channels.groups.pickMembers')}
            </Text>
            <PickedPeople
              people={picked}
              onUnpick={(id) => setPicked(picked.filter((p) => p.person.id !== id))}
            />
            <PeoplePicker
              exclude={new Set(picked.map((p) => p.person.id))}
              onPick={(contact) => setPicked([...picked, contact])}
            />
          </Stack>
          {create.isError && <ErrorAlert error={create.error} data-testid="group-form-error" />}
          <Button
            type="submit"
            size="md"
            fullWidth
            loading={create.isPending}
            data-testid="group-form-submit"
          >
            {t('channels.groups.create')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
