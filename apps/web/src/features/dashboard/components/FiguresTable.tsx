import type { DashboardSortKey, RollupMetric, SortOrder, UnitRollup } from '@cdt/domain';
import { Anchor, Table, UnstyledButton } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DashboardFilters } from '../api/dashboard-api';
import { figureLink } from '../lib/links';
import { metricLabel, metricText, TABLE_METRICS } from '../lib/metric-text';

export interface FiguresRow {
  /** The row's unit (for a team: the unit it sits in), whose lists its figures open. */
  unitId: string;
  teamId?: string;
  name: string;
  /** Where a click on the row leads (the child's or the team's dashboard). */
  to: string;
  figures: UnitRollup;
}

interface FiguresTableProps {
  rows: FiguresRow[];
  nameLabel: string;
  filters: DashboardFilters;
  sort: DashboardSortKey;
  order: SortOrder;
  onSort: (key: DashboardSortKey) => void;
  testId: string;
}

function SortHeader({
  label,
  sortKey,
  sort,
  order,
  onSort,
  testId,
}: {
  label: string;
  sortKey: DashboardSortKey;
  sort: DashboardSortKey;
  order: SortOrder;
  onSort: (key: DashboardSortKey) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const active = sort === sortKey;
  return (
    <Table.Th aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        onClick={() => onSort(sortKey)}
        title={t('dashboard.sortBy', { column: label })}
        data-testid={`${testId}-sort-${sortKey}`}
        fz="xs"
        fw={700}
        style={{ lineHeight: 1.25 }}
      >
        {label}
        {active ? (order === 'asc' ? ' ▲' : ' ▼') : ''}
      </UnstyledButton>
    </Table.Th>
  );
}

/**
 * One row per child unit (or team) with every figure as a link to its list; the headers sort (the server sorts
 * the children, so paging and exports agree). Scrolls sideways inside its box on a phone.
 */
export function FiguresTable({ rows, nameLabel, filters, sort, order, onSort, testId }: FiguresTableProps) {
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const header = { sort, order, onSort, testId };

  // A click anywhere on a row drills down, except on the figure links inside it.
  const openRow = (event: MouseEvent, to: string) => {
    if ((event.target as HTMLElement).closest('a')) return;
    void navigate(to);
  };

  return (
    <Table.ScrollContainer minWidth={960} type="native">
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <SortHeader label={nameLabel} sortKey="name" {...header} />
            {TABLE_METRICS.map((metric: RollupMetric) => (
              <SortHeader
                key={metric}
                label={metricLabel(metric, i18n.language)}
                sortKey={metric}
                {...header}
              />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const id = row.teamId ?? row.unitId;
            return (
              <Table.Tr
                key={id}
                onClick={(event) => openRow(event, row.to)}
                style={{ cursor: 'pointer' }}
                data-testid={`${testId}-row-${id}`}
              >
                <Table.Td>
                  <Anchor component={Link} to={row.to} fw={600} size="sm">
                    {row.name}
                  </Anchor>
                </Table.Td>
                {TABLE_METRICS.map((metric) => (
                  <Table.Td key={metric} ta="right">
                    <Anchor
                      component={Link}
                      to={figureLink(metric, row.unitId, filters, row.teamId)}
                      size="sm"
                      c="inherit"
                      data-testid={`${testId}-cell-${id}-${metric}`}
                    >
                      {metricText(row.figures, metric)}
                    </Anchor>
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
