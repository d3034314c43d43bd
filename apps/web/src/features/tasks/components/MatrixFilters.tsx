import { ASSIGNMENT_BUCKETS, TEAM_KINDS, type TaskDetailDto } from '@cdt/domain';
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../../../components/icons';
import type { MatrixFilterName, MatrixView } from '../lib/matrix-params';
import { MatrixUnitSelect } from './MatrixUnitSelect';

interface MatrixFiltersProps {
  task: TaskDetailDto;
  view: MatrixView;
  search: string;
  onSearch: (value: string) => void;
  onFilter: (name: MatrixFilterName, value: string | null) => void;
}

/** Unit, bucket, team kind and a name search: each one is a query to the API, not a filter over a page. */
export function MatrixFilters({ task, view, search, onSearch, onFilter }: MatrixFiltersProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs">
      <TextInput
        size="md"
        enterKeyHint="search"
        aria-label={t('tasks.page.search')}
        placeholder={t('tasks.page.search')}
        leftSection={<SearchIcon size={18} />}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        data-testid="matrix-search"
      />
      <MatrixUnitSelect task={task} value={view.unitId ?? null} onChange={(id) => onFilter('unitId', id)} />
      <Select
        size="md"
        clearable
        placeholder={t('tasks.page.allBuckets')}
        aria-label={t('tasks.page.filterBucket')}
        data={ASSIGNMENT_BUCKETS.map((value) => ({ value, label: t(`tasks.bucket.${value}`) }))}
        value={view.bucket ?? null}
        onChange={(value) => onFilter('bucket', value)}
        comboboxProps={{ withinPortal: true }}
        data-testid="matrix-filter-bucket"
      />
      <Select
        size="md"
        clearable
        placeholder={t('tasks.page.allKinds')}
        aria-label={t('tasks.page.filterKind')}
        data={TEAM_KINDS.map((value) => ({ value, label: t(`tasks.page.kind.${value}`) }))}
        value={view.teamKind ?? null}
        onChange={(value) => onFilter('teamKind', value)}
        comboboxProps={{ withinPortal: true }}
        data-testid="matrix-filter-kind"
      />
    </SimpleGrid>
  );
}
