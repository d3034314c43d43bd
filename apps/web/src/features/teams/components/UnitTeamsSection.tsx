import { teamKindForUnit, type UnitDetailDto } from '@cdt/domain';
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PlusIcon } from '../../../components/icons';
import { useCanGovernUnit } from '../hooks/use-team-governance';
import { useTeams } from '../hooks/use-teams';
import { communeNamesOf } from '../lib/team-place';
import { CreateTeamModal } from './CreateTeamModal';
import { TeamCard } from './TeamCard';
import classes from './TeamCard.module.css';

/** How many of a unit's teams its page lists before "see all". */
const SHOWN = 10;

/** The teams of a unit's subtree on its page, with links to the full list and the reports for this unit. */
export function UnitTeamsSection({ unit }: { unit: UnitDetailDto }) {
  const { t } = useTranslation();
  const teams = useTeams({ unitId: unit.id, limit: SHOWN + 1 });
  const canGovern = useCanGovernUnit(unit);
  const [creating, setCreating] = useState(false);
  const ownKind = teamKindForUnit(unit.kind);
  const list = teams.data ?? [];
  const hasOwnTeam = list.some(
    (team) => team.unit.id === unit.id && team.kind === ownKind && team.status !== 'dissolved',
  );
  const communeNames = communeNamesOf(list);

  return (
    <Stack gap="sm" data-testid="unit-teams">
      <Title order={2} size="h4">
        {t('teams.unitTeams')}
      </Title>
      {teams.error ? (
        <ErrorAlert error={teams.error} onRetry={() => void teams.refetch()} />
      ) : !teams.data ? (
        <Loader size="sm" />
      ) : list.length === 0 ? (
        <Text c="dimmed" data-testid="unit-teams-empty">
          {t('teams.unitNoTeam')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" className={classes.list}>
          {list.slice(0, SHOWN).map((team) => (
            <li key={team.id}>
              <TeamCard
                team={team}
                communeName={
                  team.kind === 'village' && team.unit.parentId
                    ? communeNames.get(team.unit.parentId)
                    : undefined
                }
              />
            </li>
          ))}
        </Stack>
      )}
      <Group gap="xs">
        {ownKind && canGovern && teams.data && !hasOwnTeam && (
          <Button
            size="md"
            leftSection={<PlusIcon size={18} />}
            onClick={() => setCreating(true)}
            data-testid="unit-team-create"
          >
            {t('teams.create')}
          </Button>
        )}
        <Button
          component={Link}
          to={`/teams?unitId=${unit.id}`}
          size="md"
          variant="light"
          data-testid="unit-teams-all"
        >
          {t('teams.seeAll')}
        </Button>
        {unit.kind !== 'village' && (
          <>
            <Button component={Link} to={`/compliance?unitId=${unit.id}`} size="md" variant="default">
              {t('teams.seeCompliance')}
            </Button>
            <Button component={Link} to={`/rollout?unitId=${unit.id}`} size="md" variant="default">
              {t('teams.seeRollout')}
            </Button>
          </>
        )}
      </Group>
      {ownKind && (
        <CreateTeamModal unit={unit} kind={ownKind} opened={creating} onClose={() => setCreating(false)} />
      )}
    </Stack>
  );
}
