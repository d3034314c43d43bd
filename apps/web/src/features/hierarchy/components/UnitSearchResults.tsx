import { Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MIN_SEARCH_LENGTH, useUnitSearch } from '../hooks/use-units';
import { UnitKindBadge } from './UnitKindBadge';

export function UnitSearchResults({ term }: { term: string }) {
  const { t } = useTranslation();
  const results = useUnitSearch(term);

  if (term.length < MIN_SEARCH_LENGTH) return <Text c="dimmed">{t('hierarchy.searchHint')}</Text>;
  if (results.error) return <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />;
  if (!results.data) return <Loader size="sm" />;
  if (results.data.length === 0) {
    return (
      <Text c="dimmed" data-testid="unit-search-empty">
        {t('hierarchy.noResults')}
      </Text>
    );
  }
  return (
    <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }} data-testid="unit-search-results">
      {results.data.map((unit) => (
        <li key={unit.id}>
          <Group
            gap="xs"
            wrap="wrap"
            mih={48}
            py={6}
            style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            data-testid={`search-result-${unit.id}`}
          >
            <Anchor component={Link} to={`/units/${unit.id}`} fw={500} py={6}>
              {unit.name}
            </Anchor>
            <UnitKindBadge kind={unit.kind} />
          </Group>
        </li>
      ))}
    </Stack>
  );
}
