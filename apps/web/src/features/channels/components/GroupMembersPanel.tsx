import type { ChannelDto, ChannelMemberDto } from '@cdt/domain';
import { Badge, Box, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { useChannelMembers } from '../hooks/use-channels';
import { useAddGroupMembers, useRemoveGroupMember } from '../hooks/use-working-groups';
import { AddMembersModal } from './AddMembersModal';
import classes from './Channels.module.css';
import { GroupMemberMenu } from './GroupMemberMenu';

/** A working group's members: owners add and remove people, any member may leave (what they wrote stays). */
export function GroupMembersPanel({ channel }: { channel: ChannelDto }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const members = useChannelMembers(channel.id);
  const remove = useRemoveGroupMember(channel.id);
  // Changing a current member's role goes through the same "add" call (the server keeps one owner at least).
  const setRole = useAddGroupMembers(channel.id);
  const [adding, setAdding] = useState(false);
  const open = channel.status === 'active' && channel.myRole !== null;
  const owner = open && channel.myRole === 'owner';

  const removeMember = (member: ChannelMemberDto) => {
    if (window.confirm(t('channels.groups.confirmRemove', { name: member.person.fullName }))) {
      remove.mutate(member.person.id);
    }
  };
  const leave = () => {
    if (window.confirm(t('channels.groups.confirmLeave'))) remove.mutate(me.id);
  };

  return (
    <Stack gap="xs" py="xs" className={classes.timeline} data-testid="group-members">
      <Group justify="space-between" gap="xs">
        <Text fw={700}>{t('channels.groups.panelTitle')}</Text>
        {owner && (
          <Button
            size="compact-md"
            variant="light"
            onClick={() => setAdding(true)}
            data-testid="group-members-add"
          >
            {t('channels.groups.add')}
          </Button>
        )}
      </Group>
      {remove.isError && <ErrorAlert error={remove.error} data-testid="group-members-error" />}
      {setRole.isError && <ErrorAlert error={setRole.error} data-testid="group-members-error" />}
      {members.isError && <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />}
      {members.isPending && <Loader size="sm" />}
      <ul className={classes.list}>
        {(members.data ?? []).map((member) => (
          <li key={member.person.id}>
            <Box
              className={classes.memberRow}
              data-testid={`group-member-${member.username}`}
              data-role={member.role}
            >
              <Box style={{ flex: 1, minWidth: 0 }}>
                <Text fw={500} truncate>
                  {member.person.fullName} {member.person.id === me.id && t('channels.groups.you')}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {member.username}
                </Text>
              </Box>
              <Badge size="sm" variant="light" tt="none" style={{ flexShrink: 0 }}>
                {t(`channels.groups.role.${member.role}`)}
              </Badge>
              {owner && member.person.id !== me.id && (
                <GroupMemberMenu
                  member={member}
                  busy={
                    (remove.isPending && remove.variables === member.person.id) ||
                    (setRole.isPending && setRole.variables.members[0]?.userId === member.person.id)
                  }
                  onSetRole={(role) => {
                    remove.reset();
                    setRole.mutate({ members: [{ userId: member.person.id, role }] });
                  }}
                  onRemove={() => {
                    setRole.reset();
                    removeMember(member);
                  }}
                />
              )}
            </Box>
          </li>
        ))}
      </ul>
      {open && (
        <Button
          variant="subtle"
          color="red"
          size="md"
          onClick={leave}
          loading={remove.isPending && remove.variables === me.id}
          data-testid="group-leave"
        >
          {t('channels.groups.leave')}
        </Button>
      )}
      {owner && (
        <AddMembersModal
          channelId={channel.id}
          opened={adding}
          memberIds={new Set((members.data ?? []).map((m) => m.person.id))}
          onClose={() => setAdding(false)}
        />
      )}
    </Stack>
  );
}
