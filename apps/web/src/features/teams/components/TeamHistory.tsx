import { vietnamDateOf, type TeamDetailDto } from '@cdt/domain';
import { Text, Timeline, Title, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatTimestamp } from '../lib/format';

interface HistoryLine {
  key: string;
  /** Vietnam date, to order the team's steps with the roster's joins and departures. */
  day: string;
  title: string;
  detail: string;
  note: string | null;
  color: string;
}

/** The team's own steps (proposed, decision, launch, dissolution) merged with the roster's joins and departures. */
export function TeamHistory({ team }: { team: TeamDetailDto }) {
  const { t } = useTranslation();
  const lines: HistoryLine[] = [
    ...team.history.map((step, index) => ({
      key: `team-${index}`,
      day: vietnamDateOf(step.at),
      title: t(`teamSteps.${step.action}`),
      detail: `${formatTimestamp(step.at)} · ${t(`teamStatuses.${step.status}`)} · ${t('teams.historyBy', { name: step.actorName })}`,
      note: step.note,
      color: step.action === 'dissolve' ? 'gray' : 'blue',
    })),
    ...team.members.map((member) => ({
      key: `join-${member.id}`,
      day: member.startedOn,
      title: t('teams.historyJoined', {
        name: member.person.fullName,
        role: t(`memberRoles.${member.role}`),
      }),
      detail: formatCalendarDate(member.startedOn),
      note: null,
      color: 'green',
    })),
    ...team.members
      .filter((member) => member.endedOn !== null)
      .map((member) => ({
        key: `left-${member.id}`,
        day: member.endedOn ?? '',
        title: t('teams.historyLeft', { name: member.person.fullName }),
        detail: formatCalendarDate(member.endedOn ?? ''),
        note: member.endReason,
        color: 'orange',
      })),
  ];
  // Newest first: reverse the recorded order, then a stable sort by day keeps same-day entries newest first too.
  lines.reverse().sort((a, b) => b.day.localeCompare(a.day));

  return (
    <Stack gap="xs" data-testid="team-history">
      <Title order={2} size="h4">
        {t('teams.history')}
      </Title>
      {lines.length === 0 ? (
        <Text c="dimmed">{t('teams.noHistory')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={lines.length - 1}>
          {lines.map((line) => (
            <Timeline.Item
              key={line.key}
              color={line.color}
              title={
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {line.title}
                </Text>
              }
            >
              <Text size="xs" c="dimmed">
                {line.detail}
              </Text>
              {line.note && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  “{line.note}”
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
