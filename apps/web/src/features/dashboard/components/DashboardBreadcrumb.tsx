import type { DashboardUnitRef } from '@cdt/domain';
import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardFilters } from '../api/dashboard-api';
import { dashboardPath } from '../lib/links';

/** Root first; every ancestor opens its own dashboard with the same filters. */
export function DashboardBreadcrumb({
  ancestors,
  unit,
  filters,
  current = true,
  leaf,
}: {
  ancestors: DashboardUnitRef[];
  /** The page's unit; a team's dashboard has none (its ancestors end with the team's unit). */
  unit?: DashboardUnitRef;
  filters: DashboardFilters;
  /** False on a list page: the unit itself links back to its dashboard. */
  current?: boolean;
  /** The current page's name when it is not a unit's (a team's dashboard). */
  leaf?: string;
}) {
  const { t } = useTranslation();
  const links = current || !unit ? ancestors : [...ancestors, unit];
  const here = leaf ?? (current ? unit?.name : undefined);
  return (
    <nav aria-label={t('dashboard.breadcrumb')}>
      <Breadcrumbs
        separator="›"
        separatorMargin={6}
        style={{ flexWrap: 'wrap', rowGap: 4 }}
        data-testid="dashboard-breadcrumb"
      >
        {links.map((ancestor) => (
          <Anchor
            key={ancestor.id}
            component={Link}
            to={dashboardPath(ancestor.id, filters)}
            size="sm"
            data-testid={`dashboard-breadcrumb-${ancestor.id}`}
          >
            {ancestor.name}
          </Anchor>
        ))}
        {here !== undefined && (
          <Text size="sm" fw={500} aria-current="page" data-testid="dashboard-breadcrumb-current">
            {here}
          </Text>
        )}
      </Breadcrumbs>
    </nav>
  );
}
