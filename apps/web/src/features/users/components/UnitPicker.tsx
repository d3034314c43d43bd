import type { UnitDto } from '@cdt/domain';
import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_SEARCH_LENGTH, useRootUnits, useUnitSearch } from '../../hierarchy/hooks/use-units';

interface UnitPickerProps {
  value: UnitDto | null;
  onChange: (unit: UnitDto | null) => void;
  error?: string;
  'data-testid'?: string;
}

/** A select whose options come from the server's diacritics-insensitive unit search. */
export function UnitPicker({ value, onChange, error, 'data-testid': testId }: UnitPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search, 300);
  const roots = useRootUnits();
  const results = useUnitSearch(term);

  const searching = term.trim().length >= MIN_SEARCH_LENGTH;
  const found = (searching ? results.data : roots.data) ?? [];
  // The chosen unit must stay among the options, or the select would drop it on the next search.
  const units = value && !found.some((unit) => unit.id === value.id) ? [value, ...found] : found;
  const byId = new Map(units.map((unit) => [unit.id, unit]));

  return (
    <Select
      size="md"
      searchable
      clearable
      label={t('users.unit')}
      placeholder={t('users.unitPlaceholder')}
      data={units.map((unit) => ({ value: unit.id, label: unit.name }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (byId.get(id) ?? null) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={searching ? t('hierarchy.noResults') : t('hierarchy.searchHint')}
      renderOption={({ option }) => {
        const unit = byId.get(option.value);
        return (
          <Group justify="space-between" wrap="nowrap" w="100%" gap="xs">
            <Text size="sm">{option.label}</Text>
            {unit && (
              <Text size="xs" c="dimmed">
                {t(`unitKinds.${unit.kind}`)}
              </Text>
            )}
          </Group>
        );
      }}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
