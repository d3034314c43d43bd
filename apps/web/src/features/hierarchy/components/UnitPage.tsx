import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { UnitTeamsSection } from '../../teams/components/UnitTeamsSection';
import { useUnit } from '../hooks/use-units';
import { UnitBreadcrumb } from './UnitBreadcrumb';
import { UnitChildrenList } from './UnitChildrenList';
import { UnitKindBadge } from './UnitKindBadge';

export function UnitPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const unit = useUnit(id);

  if (unit.error)
    return <ErrorAlert error={unit.error} onRetry={() => void unit.refetch()} data-testid="unit-error" />;
  if (!unit.data) return <PageLoader />;
  const { data } = unit;

  return (
    <Stack gap="md" maw={900}>
      <UnitBreadcrumb unit={data} />
      <div>
        <Title order={1} size="h2" data-testid="unit-title">
          {data.name}
        </Title>
        <Group gap="sm" mt={6}>
          <UnitKindBadge kind={data.kind} />
          <Text size="sm" c="dimmed" data-testid="unit-code">
            {data.code ? t('hierarchy.code', { code: data.code }) : t('hierarchy.noCode')}
          </Text>
        </Group>
      </div>
      <Title order={2} size="h4">
        {t('hierarchy.children')}
      </Title>
      <UnitChildrenList unitId={data.id} />
      <UnitTeamsSection unit={data} />
    </Stack>
  );
}
