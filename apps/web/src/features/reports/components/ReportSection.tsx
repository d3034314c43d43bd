import { Paper, Stack, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

interface ReportSectionProps {
  title: string;
  children: ReactNode;
  testId?: string;
  gap?: MantineSpacing;
}

/** A titled, bordered block of a report (a section of the form, a part of the compilation). */
export function ReportSection({ title, children, testId, gap = 'sm' }: ReportSectionProps) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Stack gap={gap}>
        <Title order={3} size="h5">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
