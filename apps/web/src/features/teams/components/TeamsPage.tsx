import {
  foldForSearch,
  TEAM_KINDS,
  TEAM_STATUSES,
  type TeamDto,
  type TeamKind,
  type TeamStatus,
} from '@cdt/domain';
import {
  Alert,
  Badge,
  CloseButton,
  Group,
  Loader,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SearchIcon } from '../../../components/icons';
import { useSearchParam } from '../../hierarchy/hooks/use-search-param';
import { useOptionalUnit } from '../hooks/use-optional-unit';
import { TEAM_LIST_LIMIT, useTeams } from '../hooks/use-teams';
import { communeNamesOf } from '../lib/team-place';
import { TeamCard } from './TeamCard';
import classes from './TeamCard.module.css';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

function matches(team: TeamDto, term: string, communeName: string | undefined): boolean {
  if (!term) return true;
  return foldForSearch(`${team.name} ${team.unit.name} ${communeName ?? ''}`).includes(foldForSearch(term));
}

export function TeamsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = useSearchParam();
  const unitId = params.get('unitId');
  const kind = oneOf(TEAM_KINDS, params.get('kind'));
  const status = oneOf(TEAM_STATUSES, params.get('status'));
  const teams = useTeams({ unitId: unitId ?? undefined, kind, status, limit: TEAM_LIST_LIMIT });
  const unit = useOptionalUnit(unitId);

  const setParam = (name: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const all = teams.data ?? [];
  const communeNames = communeNamesOf(all);
  const communeOf = (team: TeamDto) =>
    team.kind === 'village' && team.unit.parentId ? communeNames.get(team.unit.parentId) : undefined;
  const shown = all.filter((team) => matches(team, search.value.trim(), communeOf(team)));
  const mine = shown.filter((team) => team.myPermissions.readTeamWork);
  const others = shown.filter((team) => !team.myPermissions.readTeamWork);

  const list = (items: TeamDto[], testId: string) => (
    <Stack component="ul" gap="xs" className={classes.list} data-testid={testId}>
      {items.map((team) => (
        <li key={team.id}>
          <TeamCard team={team} communeName={communeOf(team)} />
        </li>
      ))}
    </Stack>
  );

  return (
    <Stack gap="md" maw={900}>
      <Title order={1} size="h2">
        {t('teams.title')}
      </Title>
      {unitId && (
        <Group gap={4}>
          <Badge
            size="lg"
            variant="light"
            tt="none"
            rightSection={
              <CloseButton
                size="sm"
                aria-label={t('teams.clearUnit')}
                onClick={() => setParam('unitId', null)}
                data-testid="team-unit-clear"
              />
            }
            data-testid="team-unit-filter"
          >
            {t('teams.inUnit', { name: unit.data?.name ?? '…' })}
          </Badge>
        </Group>
      )}
      <TextInput
        size="md"
        enterKeyHint="search"
        aria-label={t('teams.searchLabel')}
        placeholder={t('teams.searchPlaceholder')}
        leftSection={<SearchIcon size={18} />}
        value={search.value}
        onChange={(event) => search.setValue(event.currentTarget.value)}
        data-testid="team-search"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <SegmentedControl
          size="md"
          fullWidth
          aria-label={t('teams.kindFilter')}
          value={kind ?? 'all'}
          onChange={(value) => setParam('kind', value === 'all' ? null : value)}
          data={[
            { value: 'all', label: t('teams.allKinds') },
            ...TEAM_KINDS.map((value: TeamKind) => ({ value, label: t(`teams.kindShort.${value}`) })),
          ]}
          data-testid="team-kind-filter"
        />
        <Select<TeamStatus | 'all'>
          size="md"
          aria-label={t('teams.statusFilter')}
          value={status ?? 'all'}
          onChange={(value) => setParam('status', value === 'all' ? null : value)}
          allowDeselect={false}
          data={[
            { value: 'all', label: t('teams.allStatuses') },
            ...TEAM_STATUSES.map((value) => ({ value, label: t(`teamStatuses.${value}`) })),
          ]}
          comboboxProps={{ withinPortal: true }}
          data-testid="team-status-filter"
        />
      </SimpleGrid>
      {teams.error ? (
        <ErrorAlert error={teams.error} onRetry={() => void teams.refetch()} />
      ) : !teams.data ? (
        <Loader />
      ) : shown.length === 0 ? (
        <Text c="dimmed" data-testid="team-list-empty">
          {t('teams.empty')}
        </Text>
      ) : (
        <>
          {mine.length > 0 && (
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('teams.mine')}
              </Title>
              {list(mine, 'my-team-list')}
            </Stack>
          )}
          {others.length > 0 && (
            <Stack gap="xs">
              {mine.length > 0 && (
                <Title order={2} size="h4">
                  {t('teams.others')}
                </Title>
              )}
              {list(others, 'team-list')}
            </Stack>
          )}
          {all.length >= TEAM_LIST_LIMIT && (
            <Alert color="blue" variant="light">
              {t('teams.truncated', { count: all.length })}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}
