import type { ChannelContactDto } from '@cdt/domain';
import { Button, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useAddGroupMembers } from '../hooks/use-working-groups';
import { PeoplePicker } from './PeoplePicker';
import { PickedPeople } from './PickedPeople';

/** An owner picks more people (those already in the group are not offered) and adds them as posters. */
export function AddMembersModal({
  channelId,
  opened,
  memberIds,
  onClose,
}: {
  channelId: string;
  opened: boolean;
  memberIds: ReadonlySet<string>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const add = useAddGroupMembers(channelId);
  const [picked, setPicked] = useState<ChannelContactDto[]>([]);

  const close = () => {
    setPicked([]);
    add.reset();
    onClose();
  };

  const submit = () =>
    add.mutate({ members: picked.map((p) => ({ userId: p.person.id })) }, { onSuccess: close });

  return (
    <Modal opened={opened} onClose={close} title={t('channels.groups.add')} fullScreen={isMobile} size="md">
      <Stack gap="md" data-testid="group-add-form">
        <PickedPeople
          people={picked}
          onUnpick={(id) => setPicked(picked.filter((p) => p.person.id !== id))}
        />
        <PeoplePicker
          exclude={new Set([...memberIds, ...picked.map((p) => p.person.id)])}
          onPick={(contact) => setPicked([...picked, contact])}
        />
        {add.isError && <ErrorAlert error={add.error} data-testid="group-add-error" />}
        <Button
          size="md"
          fullWidth
          disabled={picked.length === 0}
          loading={add.isPending}
          onClick={submit}
          data-testid="group-add-submit"
        >
          {t('channels.groups.addSubmit')}
        </Button>
      </Stack>
    </Modal>
  );
}
