import type { TimelineEntryDto } from '@cdt/domain';
import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../teams/lib/format';

/** Every step of one team's assignment, oldest first: who, when, the note and the count after it. */
export function AssignmentTimeline({ entries }: { entries: TimelineEntryDto[] }) {
  const { t } = useTranslation();
  return (
    <Timeline active={entries.length - 1} bulletSize={16} lineWidth={2} data-testid="assignment-timeline">
      {entries.map((entry, index) => (
        <Timeline.Item
          key={`${entry.at}-${index}`}
          title={t(`tasks.timelineAction.${entry.action}`)}
          data-testid="timeline-entry"
          data-action={entry.action}
        >
          <Text size="xs" c="dimmed">
            {formatTimestamp(entry.at)} · {entry.actorName ?? t('tasks.page.hub')}
          </Text>
          {entry.progress !== null && (
            <Text size="sm">{t('tasks.inbox.reached', { progress: entry.progress })}</Text>
          )}
          {entry.note && <Text size="sm">{entry.note}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
