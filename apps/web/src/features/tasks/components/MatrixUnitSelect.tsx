import type { TaskDetailDto, UnitDto } from '@cdt/domain';
import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_SEARCH_LENGTH, useUnitChildren, useUnitSearch } from '../../hierarchy/hooks/use-units';
import { useOptionalUnit } from '../../teams/hooks/use-optional-unit';

interface MatrixUnitSelectProps {
  task: TaskDetailDto;
  value: string | null;
  onChange: (unitId: string | null) => void;
}

/** Where the task was sent: the unit under which its teams are found. */
function rootUnitId(task: TaskDetailDto): string {
  return task.target.type === 'subtree' ? task.target.unitId : task.issuerUnit.id;
}

/**
 * The unit whose subtree the matrix shows: the units right under the task's target to start with, any unit of
 * the caller's jurisdiction by name once two letters are typed (the API narrows the rows, not this list).
 */
export function MatrixUnitSelect({ task, value, onChange }: MatrixUnitSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const children = useUnitChildren(rootUnitId(task));
  const found = useUnitSearch(search);
  const selected = useOptionalUnit(value);

  const searching = search.trim().length >= MIN_SEARCH_LENGTH;
  const units: UnitDto[] = [...((searching ? found.data : children.data) ?? [])];
  if (selected.data && !units.some((unit) => unit.id === selected.data.id)) units.unshift(selected.data);

  return (
    <Select
      size="md"
      clearable
      searchable
      placeholder={t('tasks.page.allUnits')}
      aria-label={t('tasks.page.filterUnit')}
      data={units.map((unit) => ({ value: unit.id, label: unit.name }))}
      // The server already matched the term (without diacritics); filtering again here would hide its answers.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={searching ? t('tasks.page.noUnit') : undefined}
      value={value}
      onChange={onChange}
      comboboxProps={{ withinPortal: true }}
      data-testid="matrix-filter-unit"
    />
  );
}
