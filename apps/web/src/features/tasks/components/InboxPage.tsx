import { ASSIGNMENT_STATES } from '@cdt/domain';
import { Checkbox, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useInbox } from '../hooks/use-tasks';
import { AssignmentCard } from './AssignmentCard';
import { OfflineBanner } from './OfflineBanner';

/** The team leader's (and members') inbox: open tasks of their teams first, soonest deadline first. */
export function InboxPage() {
  const { t } = useTranslation();
  const [showDone, setShowDone] = useState(false);
  const inbox = useInbox(showDone ? { states: [...ASSIGNMENT_STATES] } : {});
  return (
    <Stack gap="md" data-testid="inbox-page">
      <Title order={2}>{t('tasks.inbox.title')}</Title>
      <OfflineBanner />
      <Checkbox
        size="md"
        label={t('tasks.inbox.showDone')}
        checked={showDone}
        onChange={(event) => setShowDone(event.currentTarget.checked)}
        data-testid="inbox-show-done"
      />
      {inbox.isPending && <Loader />}
      {inbox.error && <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} />}
      {inbox.data?.items.length === 0 && <Text c="dimmed">{t('tasks.inbox.empty')}</Text>}
      <Stack gap="sm" data-testid="inbox-list">
        {inbox.data?.items.map((assignment) => (
          <AssignmentCard key={assignment.id} assignment={assignment} linked />
        ))}
      </Stack>
    </Stack>
  );
}
