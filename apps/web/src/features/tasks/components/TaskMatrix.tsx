import type { TaskDetailDto, TaskMatrixRowDto } from '@cdt/domain';
import { Card, Group, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../../../lib/use-is-mobile';
import {
  matrixRowAttributes,
  MatrixProgress,
  MatrixRowActions,
  MatrixState,
  MatrixTeam,
  type MatrixRowHandlers,
} from './MatrixRowParts';

interface TaskMatrixProps extends MatrixRowHandlers {
  task: TaskDetailDto;
  rows: TaskMatrixRowDto[];
}

/** Phones: one compact card per team, no sideways scrolling. */
function MatrixCards({ task, rows, ...handlers }: TaskMatrixProps) {
  return (
    <Stack gap="xs" data-testid="task-matrix" data-layout="cards">
      {rows.map((row) => (
        <Card key={row.assignmentId} withBorder radius="sm" padding="xs" {...matrixRowAttributes(row)}>
          <Stack gap={6}>
            <div>
              <MatrixTeam row={row} onTimeline={handlers.onTimeline} />
            </div>
            <MatrixState row={row} />
            <Group justify="space-between" gap="xs">
              <MatrixProgress row={row} task={task} />
              <MatrixRowActions row={row} task={task} {...handlers} />
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** Teams × status: one row per team, its state, its count, and what the issuer can do about it. */
export function TaskMatrix(props: TaskMatrixProps) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  if (isMobile) return <MatrixCards {...props} />;
  const { task, rows, ...handlers } = props;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="xs" data-testid="task-matrix" data-layout="table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tasks.page.team')}</Table.Th>
            <Table.Th>{t('tasks.page.state')}</Table.Th>
            <Table.Th>{t('tasks.page.progress')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.assignmentId} {...matrixRowAttributes(row)}>
              <Table.Td>
                <MatrixTeam row={row} onTimeline={handlers.onTimeline} />
              </Table.Td>
              <Table.Td>
                <MatrixState row={row} />
              </Table.Td>
              <Table.Td>
                <MatrixProgress row={row} task={task} />
              </Table.Td>
              <Table.Td>
                <MatrixRowActions row={row} task={task} {...handlers} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
