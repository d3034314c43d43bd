import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useOpenDirect } from '../hooks/use-working-groups';
import { PeoplePicker } from './PeoplePicker';

/** Picks one person and opens (or finds) the conversation; a refusal stays on screen with the API's reason. */
export function NewDirectModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const open = useOpenDirect();

  const close = () => {
    open.reset();
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('channels.groups.directTitle')}
      fullScreen={isMobile}
      size="md"
    >
      <Stack gap="md" data-testid="direct-form">
        <Text size="sm" c="dimmed">
          {t('channels.groups.directHint')}
        </Text>
        {open.isError && <ErrorAlert error={open.error} data-testid="direct-form-error" />}
        <PeoplePicker
          busy={open.isPending}
          onPick={(contact) =>
            open.mutate(contact.person.id, {
              onSuccess: (channel) => {
                close();
                void navigate(`/channels/${channel.id}`);
              },
            })
          }
        />
      </Stack>
    </Modal>
  );
}
