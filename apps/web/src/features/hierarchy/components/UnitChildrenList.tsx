import { Badge, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ChevronRightIcon } from '../../../components/icons';
import { useUnitChildren } from '../hooks/use-units';
import classes from './UnitChildrenList.module.css';

export function UnitChildrenList({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const children = useUnitChildren(unitId);

  if (children.error) return <ErrorAlert error={children.error} onRetry={() => void children.refetch()} />;
  if (!children.data) return <Loader size="sm" />;
  return (
    <Stack component="ul" gap="xs" className={classes.list} data-testid="children-list">
      {children.data.length === 0 && (
        <Text component="li" c="dimmed">
          {t('hierarchy.noChildren')}
        </Text>
      )}
      {children.data.map((child) => (
        <li key={child.id}>
          <UnstyledButton
            component={Link}
            to={`/units/${child.id}`}
            className={classes.item}
            data-testid={`child-unit-${child.id}`}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={500} className={classes.name}>
                {child.name}
              </Text>
              <Group gap={6} wrap="nowrap">
                {child.childCount !== undefined && child.childCount > 0 && (
                  <Badge variant="light" color="gray" size="sm" tt="none">
                    {t('hierarchy.childCount', { count: child.childCount })}
                  </Badge>
                )}
                <ChevronRightIcon size={18} />
              </Group>
            </Group>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
