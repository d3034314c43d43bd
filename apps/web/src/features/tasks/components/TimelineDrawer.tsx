import { Drawer, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useAssignment } from '../hooks/use-tasks';
import { AssignmentTimeline } from './AssignmentTimeline';

/** The timeline of one matrix row, opened beside the matrix. */
export function TimelineDrawer({
  assignmentId,
  teamName,
  onClose,
}: {
  assignmentId: string;
  teamName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const assignment = useAssignment(assignmentId);
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      title={t('tasks.page.timelineTitle', { team: teamName })}
    >
      {assignment.isPending && <Loader />}
      {assignment.error && <ErrorAlert error={assignment.error} />}
      {assignment.data?.timeline && <AssignmentTimeline entries={assignment.data.timeline} />}
    </Drawer>
  );
}
