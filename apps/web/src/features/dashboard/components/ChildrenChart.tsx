import type { DashboardRowDto } from '@cdt/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { childrenChartOption } from '../lib/chart-options';
import { EChart } from './EChart';

/** Completion, overdue and compliance per child unit; a click on a bar opens that unit's dashboard. */
export function ChildrenChart({
  rows,
  onOpen,
}: {
  rows: DashboardRowDto[];
  onOpen: (unitId: string) => void;
}) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      childrenChartOption(rows, {
        completion: t('dashboard.figures.completion'),
        overdue: t('dashboard.figures.overdue'),
        compliance: t('dashboard.figures.complianceRate'),
      }),
    [rows, t],
  );
  const idByName = useMemo(() => new Map(rows.map((row) => [row.unit.name, row.unit.id])), [rows]);
  return (
    <EChart
      option={option}
      height={Math.max(200, 60 + rows.length * 42)}
      onItemClick={(name) => {
        const id = idByName.get(name);
        if (id) onOpen(id);
      }}
      aria-label={t('dashboard.chart')}
      data-testid="dashboard-chart"
    />
  );
}
