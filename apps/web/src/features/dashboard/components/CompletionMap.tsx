import type { DashboardMapDto, DashboardRowDto } from '@cdt/domain';
import { Group, Loader, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDashboardMap } from '../hooks/use-dashboard';
import { echarts, type EChartsOption } from '../lib/echarts';
import { completionColor, NO_RATE_COLOR } from '../lib/format';
import { metricText } from '../lib/metric-text';
import { EChart } from './EChart';
import { TileMap } from './TileMap';

/** Registers the boundaries under a name of their own (one map per unit) and builds the choropleth. */
function choropleth(
  unitId: string,
  geo: DashboardMapDto,
  rows: DashboardRowDto[],
  noRate: string,
): EChartsOption {
  const mapName = `cdt-${unitId}`;
  // Registered again on every change: cheap, and boundaries imported meanwhile replace the old ones.
  echarts.registerMap(mapName, geo);
  const byId = new Map(rows.map((row) => [row.unit.id, row]));
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const row = byId.get((params as { name: string }).name);
        if (!row) return '';
        const rate = row.figures.completionRate === null ? noRate : metricText(row.figures, 'completionRate');
        return `${row.unit.name}: ${rate}`;
      },
    },
    series: [
      {
        type: 'map',
        map: mapName,
        // Regions are named by unit id (names can repeat), so a click knows the unit.
        nameProperty: 'unitId',
        roam: false,
        selectedMode: false,
        label: { show: false },
        itemStyle: { borderColor: '#fff', borderWidth: 1, areaColor: NO_RATE_COLOR },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#74c0fc' } },
        data: geo.features.map((feature) => {
          const row = byId.get(feature.properties.unitId);
          return {
            name: feature.properties.unitId,
            value: row?.figures.completionRate ?? null,
            itemStyle: { areaColor: completionColor(row?.figures.completionRate ?? null) },
          };
        }),
      },
    ],
  };
}

/** The children coloured by completion: their boundaries when imported, else a schematic tile map. */
export function CompletionMap({
  unitId,
  rows,
  onOpen,
}: {
  unitId: string;
  rows: DashboardRowDto[];
  onOpen: (unitId: string) => void;
}) {
  const { t } = useTranslation();
  const map = useDashboardMap(unitId);
  const geo = map.data;
  const option = useMemo(
    () => (geo && geo.features.length > 0 ? choropleth(unitId, geo, rows, t('dashboard.noRate')) : null),
    [geo, rows, t, unitId],
  );

  if (map.isPending)
    return (
      <Group justify="center" p="md">
        <Loader size="sm" />
      </Group>
    );
  if (!option) return <TileMap rows={rows} onOpen={onOpen} />;
  return (
    <div>
      <EChart
        option={option}
        height={380}
        onItemClick={onOpen}
        aria-label={t('dashboard.map')}
        data-testid="dashboard-geo-map"
      />
      <Group gap="xs" justify="center">
        <Text size="xs" c="dimmed">
          0%
        </Text>
        <div
          aria-hidden
          style={{
            width: 140,
            height: 8,
            borderRadius: 4,
            background: `linear-gradient(to right, ${completionColor(0)}, ${completionColor(0.5)}, ${completionColor(1)})`,
          }}
        />
        <Text size="xs" c="dimmed">
          100%
        </Text>
      </Group>
    </div>
  );
}
