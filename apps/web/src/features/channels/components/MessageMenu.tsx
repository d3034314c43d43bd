import type { ChannelDto, MessageDto } from '@cdt/domain';
import { ActionIcon, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { useMessageActions } from '../hooks/use-message-actions';
import { channelRights } from './ChannelPane';
import { SeenModal } from './SeenModal';

interface MessageMenuProps {
  message: MessageDto;
  channel: ChannelDto;
  mine: boolean;
  onEdit: () => void;
  onReply?: () => void;
}

/** Reply, edit/delete (own messages), pin (posters), "seen by". */
export function MessageMenu({ message, channel, mine, onEdit, onReply }: MessageMenuProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const actions = useMessageActions(message);
  const [seenOpen, setSeenOpen] = useState(false);
  const rights = channelRights(channel);
  const fail = (error: unknown) => notifications.show({ color: 'red', message: errorText(error) });

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            size="sm"
            color="gray"
            aria-label={t('channels.message.actions')}
            data-testid="message-menu"
          >
            ⋮
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {onReply && rights.post && (
            <Menu.Item onClick={onReply} data-testid="message-reply">
              {t('channels.message.reply')}
            </Menu.Item>
          )}
          {mine && !message.poll && (
            <Menu.Item onClick={onEdit} data-testid="message-edit">
              {t('channels.message.edit')}
            </Menu.Item>
          )}
          {rights.post && (
            <Menu.Item
              onClick={() => void actions.pin(!message.pinned).catch(fail)}
              data-testid="message-pin"
            >
              {message.pinned ? t('channels.message.unpin') : t('channels.message.pin')}
            </Menu.Item>
          )}
          <Menu.Item onClick={() => setSeenOpen(true)} data-testid="message-seen">
            {t('channels.message.seen')}
          </Menu.Item>
          {mine && (
            <Menu.Item
              color="red"
              onClick={() => {
                if (window.confirm(t('channels.message.confirmDelete'))) void actions.remove().catch(fail);
              }}
              data-testid="message-delete"
            >
              {t('channels.message.delete')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {seenOpen && <SeenModal message={message} onClose={() => setSeenOpen(false)} />}
    </>
  );
}
