import { Paper, Text } from '@mantine/core';

interface StatCardProps {
  label: string;
  value: string;
  color?: string;
  testId: string;
}

/** A big number with its label; two fit side by side on a 360 px phone. */
export function StatCard({ label, value, color, testId }: StatCardProps) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Text size="xl" fw={700} c={color} lh={1.2}>
        {value}
      </Text>
      <Text size="sm" c="dimmed" lh={1.3}>
        {label}
      </Text>
    </Paper>
  );
}
