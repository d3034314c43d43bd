import { TASK_CATEGORIES, type TaskCategory } from '@cdt/domain';
import { Button, Collapse, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../../../lib/use-is-mobile';
import type { DashboardFilters } from '../api/dashboard-api';
import { useFilterTasks } from '../hooks/use-dashboard';

interface DashboardFiltersBarProps {
  unitId: string;
  filters: DashboardFilters;
  onChange: (changes: Record<string, string | undefined>) => void;
}

interface DateBoundProps {
  label: string;
  value: string | undefined;
  min?: string;
  max?: string;
  onChange: (value: string | undefined) => void;
  testId: string;
}

/** One end of the period: an emptied field means no bound (the parameter leaves the URL). */
function DateBound({ label, value, min, max, onChange, testId }: DateBoundProps) {
  return (
    <TextInput
      type="date"
      label={label}
      value={value ?? ''}
      min={min}
      max={max}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
      data-testid={testId}
    />
  );
}

/** Task, category and period; each change rewrites the URL, so a filtered view can be shared. */
export function DashboardFiltersBar({ unitId, filters, onChange }: DashboardFiltersBarProps) {
  const { t } = useTranslation();
  const tasks = useFilterTasks(unitId);
  const taskOptions = (tasks.data ?? []).map((task) => ({ value: task.id, label: task.title }));
  // A task picked elsewhere (a shared link) stays selectable even before the list arrives.
  if (filters.taskId && !taskOptions.some((option) => option.value === filters.taskId)) {
    taskOptions.push({ value: filters.taskId, label: filters.taskId });
  }
  const active = [filters.taskId, filters.category, filters.from, filters.to].filter(Boolean).length;
  const hasFilter = active > 0;
  const mobile = useIsMobile();
  const [opened, toggle] = useDisclosure(false);

  const fields = (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" data-testid="dashboard-filters">
      <Select
        label={t('dashboard.filters.task')}
        placeholder={t('dashboard.filters.anyTask')}
        data={taskOptions}
        value={filters.taskId ?? null}
        onChange={(value) => onChange({ taskId: value ?? undefined })}
        searchable
        clearable
        data-testid="dashboard-filter-task"
      />
      <Select
        label={t('dashboard.filters.category')}
        placeholder={t('dashboard.filters.anyCategory')}
        data={TASK_CATEGORIES.map((category: TaskCategory) => ({
          value: category,
          label: t(`dashboard.categories.${category}`),
        }))}
        value={filters.category ?? null}
        onChange={(value) => onChange({ category: value ?? undefined })}
        clearable
        data-testid="dashboard-filter-category"
      />
      <DateBound
        label={t('dashboard.filters.from')}
        value={filters.from}
        max={filters.to}
        onChange={(from) => onChange({ from })}
        testId="dashboard-filter-from"
      />
      <DateBound
        label={t('dashboard.filters.to')}
        value={filters.to}
        min={filters.from}
        onChange={(to) => onChange({ to })}
        testId="dashboard-filter-to"
      />
      {hasFilter && (
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() =>
              onChange({ taskId: undefined, category: undefined, from: undefined, to: undefined })
            }
            data-testid="dashboard-filter-clear"
          >
            {t('dashboard.filters.clear')}
          </Button>
        </Group>
      )}
    </SimpleGrid>
  );
  if (!mobile) return fields;
  // On a phone the figures come first: the four fields open on demand.
  return (
    <div>
      <Button variant="light" size="xs" onClick={toggle.toggle} data-testid="dashboard-filters-toggle">
        {t('dashboard.filters.title')}
        {hasFilter ? ` (${active})` : ''}
      </Button>
      <Collapse expanded={opened} mt="xs">
        {fields}
      </Collapse>
    </div>
  );
}
