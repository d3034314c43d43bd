import type { MembershipRequestDto, TeamDetailDto } from '@cdt/domain';
import { Button, Divider, SimpleGrid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PlusIcon } from '../../../components/icons';
import { PageLoader } from '../../../components/PageLoader';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { useMembershipRequests } from '../hooks/use-requests';
import { useCanGovernTeam } from '../hooks/use-team-governance';
import { useTeam } from '../hooks/use-teams';
import { ApplyModal } from './ApplyModal';
import { CompositionCheck } from './CompositionCheck';
import { LeaveModal, type LeaveTarget } from './LeaveModal';
import { MemberFormModal, type MemberFormMode } from './MemberFormModal';
import { RequestActionModal, type RequestActionTarget } from './RequestActionModal';
import { RequestCard } from './RequestCard';
import { TeamHeader } from './TeamHeader';
import { TeamHistory } from './TeamHistory';
import { TeamRoster } from './TeamRoster';
import {
  ActivateTeamModal,
  DissolveTeamModal,
  EstablishTeamModal,
  type TeamStatusAction,
} from './TeamStatusModals';

export function TeamPage() {
  const { id = '' } = useParams();
  const team = useTeam(id);
  if (team.error)
    return <ErrorAlert error={team.error} onRetry={() => void team.refetch()} data-testid="team-error" />;
  if (!team.data) return <PageLoader />;
  return <TeamView team={team.data} />;
}

interface TeamAction {
  key: string;
  label: string;
  onClick: () => void;
  /** Adds someone: shown with a plus. */
  adds?: boolean;
  secondary?: boolean;
}

function TeamView({ team }: { team: TeamDetailDto }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canGovern = useCanGovernTeam(team);
  const requests = useMembershipRequests({ teamId: team.id });
  const [memberMode, setMemberMode] = useState<MemberFormMode | null>(null);
  const [statusAction, setStatusAction] = useState<TeamStatusAction | null>(null);
  const [leave, setLeave] = useState<LeaveTarget | null>(null);
  const [applying, setApplying] = useState(false);
  const [step, setStep] = useState<RequestActionTarget | null>(null);

  const live = team.status !== 'dissolved';
  const active = team.status === 'active';
  const mine = team.members.find((member) => member.status === 'active' && member.person.id === me.id);
  const canPropose = active && team.myPermissions.proposeMembers;
  const actions: TeamAction[] = [];
  if (canGovern && team.status === 'proposed') {
    actions.push({
      key: 'establish',
      label: t('teams.establish'),
      onClick: () => setStatusAction('establish'),
    });
    if (team.decision) {
      actions.push({
        key: 'activate',
        label: t('teams.activate'),
        onClick: () => setStatusAction('activate'),
      });
    }
  }
  if (canGovern && live) {
    actions.push({
      key: 'add',
      label: t('teams.addMember'),
      onClick: () => setMemberMode('add'),
      adds: true,
    });
  }
  if (canPropose) {
    actions.push({
      key: 'propose',
      label: t('teams.proposeMember'),
      onClick: () => setMemberMode('propose'),
      adds: true,
    });
  }
  // Someone who reads the team without a part in it (a resident with a viewer grant) may apply.
  if (active && !mine && !canGovern && !canPropose) {
    actions.push({ key: 'apply', label: t('teams.applyToJoin'), onClick: () => setApplying(true) });
  }
  if (active && mine) {
    const membership = mine;
    actions.push({
      key: 'leave',
      label: t('teams.askToLeave'),
      onClick: () => setLeave({ mode: 'ask', membership }),
      secondary: true,
    });
  }

  const pending: MembershipRequestDto[] = requests.data ?? [];
  return (
    <Stack gap="lg" maw={900} data-testid="team-page" data-team-id={team.id} data-status={team.status}>
      <TeamHeader team={team} />
      {actions.length > 0 && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" data-testid="team-actions">
          {actions.map((action) => (
            <Button
              key={action.key}
              size="md"
              variant={action.secondary ? 'outline' : 'filled'}
              leftSection={action.adds ? <PlusIcon size={18} /> : undefined}
              onClick={action.onClick}
              data-testid={`team-action-${action.key}`}
            >
              {action.label}
            </Button>
          ))}
        </SimpleGrid>
      )}
      {pending.length > 0 && (
        <Stack gap="xs" data-testid="team-requests">
          <Title order={2} size="h4">
            {t('teams.pendingRequests')}
          </Title>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {pending.map((request) => (
              <RequestCard
                key={request.id}
                request={request}
                showTeam={false}
                onAction={(target, action) => setStep({ request: target, action })}
              />
            ))}
          </Stack>
        </Stack>
      )}
      <TeamRoster
        team={team}
        canGovern={canGovern}
        onLeave={(mode, membership) => setLeave({ mode, membership })}
      />
      {live && <CompositionCheck findings={team.findings} members={team.members} />}
      <Divider />
      <TeamHistory team={team} />
      {canGovern && live && (
        <Button
          size="md"
          variant="outline"
          color="red"
          w={{ base: '100%', sm: 'auto' }}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setStatusAction('dissolve')}
          data-testid="team-action-dissolve"
        >
          {t('teams.dissolve')}
        </Button>
      )}

      <MemberFormModal team={team} mode={memberMode} onClose={() => setMemberMode(null)} />
      <EstablishTeamModal
        team={team}
        opened={statusAction === 'establish'}
        onClose={() => setStatusAction(null)}
      />
      <ActivateTeamModal
        team={team}
        opened={statusAction === 'activate'}
        onClose={() => setStatusAction(null)}
      />
      <DissolveTeamModal
        team={team}
        opened={statusAction === 'dissolve'}
        onClose={() => setStatusAction(null)}
      />
      <LeaveModal team={team} target={leave} onClose={() => setLeave(null)} />
      <ApplyModal team={team} opened={applying} onClose={() => setApplying(false)} />
      <RequestActionModal target={step} onClose={() => setStep(null)} />
    </Stack>
  );
}
