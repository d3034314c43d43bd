import type { DashboardRowDto } from '@cdt/domain';
import { Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { completionColor } from '../lib/format';
import { metricText } from '../lib/metric-text';

/** Without boundaries: one square per child unit, coloured by completion, in the table's order. */
export function TileMap({ rows, onOpen }: { rows: DashboardRowDto[]; onOpen: (unitId: string) => void }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="dimmed" mb={6}>
        {t('dashboard.tileMapNote')}
      </Text>
      <div
        data-testid="dashboard-tile-map"
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(96px, 1fr))', gap: 6 }}
      >
        {rows.map((row) => (
          <UnstyledButton
            key={row.unit.id}
            onClick={() => onOpen(row.unit.id)}
            title={t('dashboard.openUnit', { name: row.unit.name })}
            data-testid={`dashboard-tile-${row.unit.id}`}
            style={{
              aspectRatio: '1',
              background: completionColor(row.figures.completionRate),
              borderRadius: 'var(--mantine-radius-sm)',
              padding: 6,
              color: row.figures.completionRate === null ? 'var(--mantine-color-dark-7)' : 'white',
              display: 'flex',
              flexDirection: 'column',
              justifyContent: 'space-between',
              overflow: 'hidden',
            }}
          >
            <Text size="xs" fw={600} lh={1.2} style={{ overflowWrap: 'anywhere' }}>
              {row.unit.name}
            </Text>
            <Text size="sm" fw={700}>
              {row.figures.completionRate === null
                ? t('dashboard.noRate')
                : metricText(row.figures, 'completionRate')}
            </Text>
          </UnstyledButton>
        ))}
      </div>
    </div>
  );
}
