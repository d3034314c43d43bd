import type { GrantDto } from '@cdt/domain';
import { Badge, CloseButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface GrantListProps {
  grants: GrantDto[];
  onRevoke: (grant: GrantDto) => void;
}

export function GrantList({ grants, onRevoke }: GrantListProps) {
  const { t } = useTranslation();
  if (grants.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('users.noGrants')}
      </Text>
    );
  }
  return (
    <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
      {grants.map((grant) => {
        const role = t(`roles.${grant.role}`);
        return (
          <Group component="li" key={grant.id} gap="xs" wrap="nowrap" data-testid={`grant-${grant.id}`}>
            <Badge variant="light" tt="none" style={{ flexShrink: 0 }}>
              {role}
            </Badge>
            <Text size="sm" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
              {grant.unit.name}
            </Text>
            <CloseButton
              size="lg"
              aria-label={t('users.revoke', { role, unit: grant.unit.name })}
              onClick={() => onRevoke(grant)}
              data-testid={`grant-revoke-${grant.id}`}
            />
          </Group>
        );
      })}
    </Stack>
  );
}
