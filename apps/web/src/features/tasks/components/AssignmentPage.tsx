import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { useAssignment } from '../hooks/use-tasks';
import { AssignmentCard } from './AssignmentCard';
import { AssignmentTimeline } from './AssignmentTimeline';
import { OfflineBanner } from './OfflineBanner';

/** /inbox/:assignmentId, where notifications lead: the card with its timeline. */
export function AssignmentPage() {
  const { assignmentId = '' } = useParams();
  const { t } = useTranslation();
  const assignment = useAssignment(assignmentId);
  if (assignment.isPending) return <PageLoader />;
  if (assignment.error)
    return <ErrorAlert error={assignment.error} onRetry={() => void assignment.refetch()} />;
  return (
    <Stack gap="md" data-testid="assignment-page">
      <Anchor component={Link} to="/inbox" size="sm">
        {t('tasks.inbox.back')}
      </Anchor>
      <OfflineBanner />
      <AssignmentCard assignment={assignment.data} linked={false} />
      <Title order={4}>{t('tasks.page.timeline')}</Title>
      <AssignmentTimeline entries={assignment.data.timeline ?? []} />
    </Stack>
  );
}
