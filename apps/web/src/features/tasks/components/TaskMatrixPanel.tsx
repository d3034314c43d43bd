import type { TaskDetailDto, TaskMatrixRowDto } from '@cdt/domain';
import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMatrixFilters } from '../hooks/use-matrix-filters';
import { useTaskMatrix } from '../hooks/use-tasks';
import { MatrixFilters } from './MatrixFilters';
import { MatrixPager } from './MatrixPager';
import { TaskMatrix } from './TaskMatrix';

interface TaskMatrixPanelProps {
  task: TaskDetailDto;
  nudging: boolean;
  onNudge: (teamId: string) => void;
  onReopen: (row: TaskMatrixRowDto) => void;
  onTimeline: (row: TaskMatrixRowDto) => void;
}

/** The matrix of a published task: filtered and paged by the API, rows patched live in the query cache. */
export function TaskMatrixPanel({ task, nudging, onNudge, onReopen, onTimeline }: TaskMatrixPanelProps) {
  const { t } = useTranslation();
  const filters = useMatrixFilters();
  const matrix = useTaskMatrix(task.id, filters.query);
  // A live patch may move a row out of the chosen bucket: hide it at once, the throttled refetch fills the page.
  const rows = (matrix.data?.rows ?? []).filter(
    (row) => filters.view.bucket === undefined || row.bucket === filters.view.bucket,
  );

  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap="sm" data-testid="matrix-panel" data-fetching={matrix.isFetching}>
        <Title order={4}>{t('tasks.page.matrix')}</Title>
        <MatrixFilters
          task={task}
          view={filters.view}
          search={filters.search}
          onSearch={filters.setSearch}
          onFilter={filters.setFilter}
        />
        {matrix.isPending && <Loader />}
        {matrix.error && <ErrorAlert error={matrix.error} onRetry={() => void matrix.refetch()} />}
        {matrix.data && rows.length === 0 && <Text c="dimmed">{t('tasks.page.noRows')}</Text>}
        {rows.length > 0 && (
          <TaskMatrix
            task={task}
            rows={rows}
            nudging={nudging}
            onNudge={onNudge}
            onReopen={onReopen}
            onTimeline={onTimeline}
          />
        )}
        {matrix.data && (
          <MatrixPager
            total={matrix.data.total}
            page={filters.view.page}
            pageSize={filters.view.pageSize}
            shown={rows.length}
            onPage={filters.setPage}
          />
        )}
      </Stack>
    </Paper>
  );
}
