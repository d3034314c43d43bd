import { CloseButton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SearchIcon } from '../../../components/icons';
import { PageLoader } from '../../../components/PageLoader';
import { useSearchParam } from '../hooks/use-search-param';
import { useRootUnits } from '../hooks/use-units';
import { UnitSearchResults } from './UnitSearchResults';
import { UnitTree } from './UnitTree';

export function HierarchyPage() {
  const { t } = useTranslation();
  const search = useSearchParam();
  const roots = useRootUnits();

  return (
    <Stack gap="md" maw={900}>
      <Title order={1} size="h2">
        {t('hierarchy.title')}
      </Title>
      <TextInput
        size="md"
        enterKeyHint="search"
        aria-label={t('hierarchy.searchLabel')}
        placeholder={t('hierarchy.searchPlaceholder')}
        leftSection={<SearchIcon size={18} />}
        rightSection={
          search.value ? (
            <CloseButton aria-label={t('common.close')} onClick={() => search.setValue('')} />
          ) : null
        }
        value={search.value}
        onChange={(event) => search.setValue(event.currentTarget.value)}
        data-testid="unit-search"
      />
      {search.value.trim() ? (
        <UnitSearchResults term={search.term} />
      ) : roots.error ? (
        <ErrorAlert error={roots.error} onRetry={() => void roots.refetch()} />
      ) : !roots.data ? (
        <PageLoader />
      ) : roots.data.length === 0 ? (
        <Text c="dimmed">{t('hierarchy.empty')}</Text>
      ) : (
        <UnitTree roots={roots.data} />
      )}
    </Stack>
  );
}
