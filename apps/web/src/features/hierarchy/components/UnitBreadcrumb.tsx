import type { UnitDetailDto } from '@cdt/domain';
import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The parent chain, root first; ancestors outside the caller's jurisdiction are named but not linked. */
export function UnitBreadcrumb({ unit }: { unit: UnitDetailDto }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('hierarchy.breadcrumb')}>
      <Breadcrumbs
        separator="›"
        separatorMargin={6}
        style={{ flexWrap: 'wrap', rowGap: 4 }}
        data-testid="breadcrumb"
      >
        {unit.ancestors.map((ancestor) =>
          ancestor.accessible === false ? (
            <Text key={ancestor.id} size="sm" c="dimmed" data-testid={`breadcrumb-text-${ancestor.id}`}>
              {ancestor.name}
            </Text>
          ) : (
            <Anchor
              key={ancestor.id}
              component={Link}
              to={`/units/${ancestor.id}`}
              size="sm"
              data-testid={`breadcrumb-link-${ancestor.id}`}
            >
              {ancestor.name}
            </Anchor>
          ),
        )}
        <Text size="sm" fw={500} aria-current="page">
          {unit.name}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
