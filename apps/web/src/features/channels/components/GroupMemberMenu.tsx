import type { ChannelMemberDto } from '@cdt/domain';
import { ActionIcon, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface GroupMemberMenuProps {
  member: ChannelMemberDto;
  busy: boolean;
  onSetRole: (role: 'owner' | 'poster') => void;
  onRemove: () => void;
}

/** What an owner can do to another member: share or take back running the group, or remove them. */
export function GroupMemberMenu({ member, busy, onSetRole, onRemove }: GroupMemberMenuProps) {
  const { t } = useTranslation();
  const name = member.person.fullName;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          loading={busy}
          aria-label={t('channels.groups.memberActions', { name })}
          data-testid={`group-member-menu-${member.username}`}
        >
          ⋮
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {member.role === 'owner' ? (
          <Menu.Item
            onClick={() => onSetRole('poster')}
            data-testid={`group-member-demote-${member.username}`}
          >
            {t('channels.groups.demote')}
          </Menu.Item>
        ) : (
          <Menu.Item
            onClick={() => onSetRole('owner')}
            data-testid={`group-member-promote-${member.username}`}
          >
            {t('channels.groups.promote')}
          </Menu.Item>
        )}
        <Menu.Item color="red" onClick={onRemove} data-testid={`group-member-remove-${member.username}`}>
          {t('channels.groups.remove', { name })}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
