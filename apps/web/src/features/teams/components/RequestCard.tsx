import type { MembershipRequestDto, RequestAction } from '@cdt/domain';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTimestamp } from '../lib/format';
import { RequestStateBadge } from './TeamBadges';

/** Colours of the step buttons: the chain's forward steps stand out, refusing is red. */
const ACTION_COLORS: Record<RequestAction, string> = {
  nominate: 'blue',
  forward: 'blue',
  approve: 'green',
  reject: 'red',
  withdraw: 'gray',
};
const ACTION_VARIANTS: Record<RequestAction, 'filled' | 'outline' | 'default'> = {
  nominate: 'filled',
  forward: 'filled',
  approve: 'filled',
  reject: 'outline',
  withdraw: 'default',
};

interface RequestCardProps {
  request: MembershipRequestDto;
  /** Name the team (the inbox); a team page leaves it out. */
  showTeam?: boolean;
  onAction: (request: MembershipRequestDto, action: RequestAction) => void;
}

export function RequestCard({ request, showTeam = true, onAction }: RequestCardProps) {
  const { t } = useTranslation();
  const { subject } = request;
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      data-testid={`request-${request.id}`}
      data-state={request.state}
      data-kind={request.kind}
    >
      <Stack gap="xs">
        <Group gap={6}>
          <Badge variant="filled" color={request.kind === 'join' ? 'blue' : 'orange'} radius="sm" tt="none">
            {t(`requestKinds.${request.kind}`)}
          </Badge>
          <RequestStateBadge state={request.state} />
        </Group>
        <div>
          <Text fw={600} data-testid="request-subject" style={{ overflowWrap: 'anywhere' }}>
            {subject.fullName}
          </Text>
          {subject.phone && (
            <Anchor href={`tel:${subject.phone}`} size="sm">
              {subject.phone}
            </Anchor>
          )}
        </div>
        <Text size="sm">
          {t(`memberRoles.${request.role}`)}
          {request.slot ? ` · ${t(`teamSlots.${request.slot}`)}` : ''}
        </Text>
        {showTeam && (
          <Anchor
            component={Link}
            to={`/teams/${request.team.id}`}
            size="sm"
            style={{ overflowWrap: 'anywhere' }}
            data-testid="request-team"
          >
            {request.team.name}
          </Anchor>
        )}
        <Timeline
          bulletSize={14}
          lineWidth={2}
          active={request.history.length - 1}
          data-testid="request-steps"
        >
          {request.history.map((step, index) => (
            <Timeline.Item
              key={`${step.at}-${index}`}
              title={
                <Text size="sm" fw={500}>
                  {t(`requestSteps.${step.action}`)}
                </Text>
              }
            >
              <Text size="xs" c="dimmed">
                {step.actorName} · {formatTimestamp(step.at)}
              </Text>
              {step.note && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  “{step.note}”
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
        {request.availableActions.length > 0 && (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
            {request.availableActions.map((action) => (
              <Button
                key={action}
                size="md"
                variant={ACTION_VARIANTS[action]}
                color={action === 'withdraw' ? undefined : ACTION_COLORS[action]}
                onClick={() => onAction(request, action)}
                data-testid={`request-action-${action}`}
              >
                {t(`requestActions.${action}`)}
              </Button>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
