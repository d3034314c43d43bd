import { declineRequestSchema, type AssignmentDto } from '@cdt/domain';
import { Button, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnqueueAction } from '../hooks/use-action-queue';
import { ProgressModal } from './ProgressModal';
import { ReasonModal } from './ReasonModal';

type Sheet = 'progress' | 'complete' | 'decline' | null;

/** Big buttons a leader can hit with a thumb; every tap is queued, so it also works offline. */
export function AssignmentActions({ assignment }: { assignment: AssignmentDto }) {
  const { t } = useTranslation();
  const enqueue = useEnqueueAction();
  const [sheet, setSheet] = useState<Sheet>(null);
  const actions = assignment.availableActions;

  if (!assignment.capabilities.isTeamLeaderOrDeputy) {
    return (
      <Text size="sm" c="dimmed" data-testid="assignment-member-only">
        {t('tasks.inbox.memberOnly')}
      </Text>
    );
  }
  const act = (type: 'acknowledge') => enqueue(assignment.id, { type });
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        {actions.includes('acknowledge') && (
          <Button
            size="lg"
            color="teal"
            onClick={() => act('acknowledge')}
            data-testid="assignment-acknowledge"
          >
            {t('tasks.inbox.acknowledge')}
          </Button>
        )}
        {actions.includes('progress') && (
          <Button
            size="lg"
            variant="light"
            onClick={() => setSheet('progress')}
            data-testid="assignment-progress"
          >
            {t('tasks.inbox.progress')}
          </Button>
        )}
        {actions.includes('complete') && (
          <Button
            size="lg"
            color="green"
            onClick={() => setSheet('complete')}
            data-testid="assignment-complete"
          >
            {t('tasks.inbox.complete')}
          </Button>
        )}
        {actions.includes('decline') && (
          <Button
            size="lg"
            variant="subtle"
            color="red"
            onClick={() => setSheet('decline')}
            data-testid="assignment-decline"
          >
            {t('tasks.inbox.decline')}
          </Button>
        )}
      </SimpleGrid>
      {(sheet === 'progress' || sheet === 'complete') && (
        <ProgressModal
          kind={sheet}
          progress={assignment.progress}
          unitLabel={assignment.task.targetPerTeam?.unitLabel ?? null}
          onClose={() => setSheet(null)}
          onSubmit={(command) => enqueue(assignment.id, command)}
        />
      )}
      <ReasonModal
        opened={sheet === 'decline'}
        title={t('tasks.inbox.declineTitle')}
        label={t('tasks.inbox.declineReason')}
        confirmLabel={t('tasks.inbox.send')}
        schema={declineRequestSchema}
        color="red"
        onClose={() => setSheet(null)}
        onConfirm={(reason) => Promise.resolve(enqueue(assignment.id, { type: 'decline', reason }))}
        testId="decline-modal"
      />
    </>
  );
}
